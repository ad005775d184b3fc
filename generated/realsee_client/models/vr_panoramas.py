from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vr_panorama import VrPanorama


T = TypeVar("T", bound="VrPanoramas")


@_attrs_define
class VrPanoramas:
    """The panoramas, six cube faces each.

    Attributes:
        count (int | Unset): How many panoramas.
        list_ (list[VrPanorama] | Unset): The panoramas.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    count: int | Unset = UNSET
    list_: list[VrPanorama] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrPanoramas", "", "an object", src_dict)
        d = dict(src_dict)
        _count = d.pop("count", UNSET)
        count: int | Unset = UNSET
        if _count is not UNSET:
            if not isinstance(_count, int) or isinstance(_count, bool):
                raise ResponseValidationError.unexpected("VrPanoramas", "count", "an integer", _count)
            count = _count

        _list_ = d.pop("list", UNSET)
        list_: list[VrPanorama] | Unset = UNSET
        if _list_ is not UNSET:
            if not isinstance(_list_, list):
                raise ResponseValidationError.unexpected("VrPanoramas", "list", "a list", _list_)
            list__items: list[VrPanorama] = []
            for list__index, list__item in enumerate(_list_):
                if not isinstance(list__item, dict):
                    raise ResponseValidationError.unexpected(
                        "VrPanoramas", "list" + f"[{list__index}]", "an object", list__item
                    )
                try:
                    list__parsed = VrPanorama.from_dict(list__item)
                except ResponseValidationError as error:
                    raise error.inside("VrPanoramas", "list" + f"[{list__index}]") from None

                list__items.append(list__parsed)
            list_ = list__items

        _parsed = cls(
            count=count,
            list_=list_,
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


# The models this one parses and serialises, imported after the class so that models referring to
# each other import in any order, and found as globals rather than imported on every call.
from ..models.vr_panorama import VrPanorama
