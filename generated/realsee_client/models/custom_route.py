from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomRoute")


@_attrs_define
class CustomRoute:
    """A guided route.

    Attributes:
        title (str | Unset): The route's name.
        display_index (int | Unset): Where the route is shown, from 1.
        pano_group (list[Any] | Unset): The route's observation points (the vendor does not type them).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    title: str | Unset = UNSET
    display_index: int | Unset = UNSET
    pano_group: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        display_index = self.display_index

        pano_group: list[Any] | Unset = UNSET
        if not isinstance(self.pano_group, Unset):
            pano_group = self.pano_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if display_index is not UNSET:
            field_dict["display_index"] = display_index
        if pano_group is not UNSET:
            field_dict["pano_group"] = pano_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomRoute", "", "an object", src_dict)
        d = dict(src_dict)
        _title = d.pop("title", UNSET)
        title: str | Unset = UNSET
        if _title is not UNSET:
            if not isinstance(_title, str):
                raise ResponseValidationError.unexpected("CustomRoute", "title", "a string", _title)
            title = _title

        _display_index = d.pop("display_index", UNSET)
        display_index: int | Unset = UNSET
        if _display_index is not UNSET:
            if not isinstance(_display_index, int) or isinstance(_display_index, bool):
                raise ResponseValidationError.unexpected("CustomRoute", "display_index", "an integer", _display_index)
            display_index = _display_index

        _pano_group = d.pop("pano_group", UNSET)
        pano_group: list[Any] | Unset = UNSET
        if _pano_group is not UNSET:
            if not isinstance(_pano_group, list):
                raise ResponseValidationError.unexpected("CustomRoute", "pano_group", "a list", _pano_group)
            pano_group_items: list[Any] = []
            for pano_group_index, pano_group_item in enumerate(_pano_group):
                pano_group_parsed = pano_group_item

                pano_group_items.append(pano_group_parsed)
            pano_group = pano_group_items

        _parsed = cls(
            title=title,
            display_index=display_index,
            pano_group=pano_group,
        )

        _parsed.additional_properties = d
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
