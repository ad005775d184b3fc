from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_route import CustomRoute


T = TypeVar("T", bound="CustomRoutes")


@_attrs_define
class CustomRoutes:
    """The guided routes of a copy of a work.

    Attributes:
        list_ (list[CustomRoute] | Unset): The routes.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    list_: list[CustomRoute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomRoutes", "", "an object", src_dict)
        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        list_: list[CustomRoute] | Unset = UNSET
        if _list_ is not UNSET:
            if not isinstance(_list_, list):
                raise ResponseValidationError.unexpected("CustomRoutes", "list", "a list", _list_)
            list__items: list[CustomRoute] = []
            for list__index, list__item in enumerate(_list_):
                if not isinstance(list__item, dict):
                    raise ResponseValidationError.unexpected(
                        "CustomRoutes", "list" + f"[{list__index}]", "an object", list__item
                    )
                try:
                    list__parsed = CustomRoute.from_dict(list__item)
                except ResponseValidationError as error:
                    raise error.inside("CustomRoutes", "list" + f"[{list__index}]") from None

                list__items.append(list__parsed)
            list_ = list__items

        _parsed = cls(
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
from ..models.custom_route import CustomRoute
