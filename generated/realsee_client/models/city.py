from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="City")


@_attrs_define
class City:
    """A city where production is possible.

    Attributes:
        city_name (str | Unset): The city's name.
        city_id (int | Unset): The city's national standard code (GB code).
        city_pinyin (str | Unset): The city's name in pinyin.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    city_name: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city_pinyin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_name = self.city_name

        city_id = self.city_id

        city_pinyin = self.city_pinyin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city_name is not UNSET:
            field_dict["city_name"] = city_name
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city_pinyin is not UNSET:
            field_dict["city_pinyin"] = city_pinyin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("City", "", "an object", src_dict)
        d = dict(src_dict)
        _city_name = d.pop("city_name", UNSET)
        city_name: str | Unset = UNSET
        if _city_name is not UNSET:
            if not isinstance(_city_name, str):
                raise ResponseValidationError.unexpected("City", "city_name", "a string", _city_name)
            city_name = _city_name

        _city_id = d.pop("city_id", UNSET)
        city_id: int | Unset = UNSET
        if _city_id is not UNSET:
            if not isinstance(_city_id, int) or isinstance(_city_id, bool):
                raise ResponseValidationError.unexpected("City", "city_id", "an integer", _city_id)
            city_id = _city_id

        _city_pinyin = d.pop("city_pinyin", UNSET)
        city_pinyin: str | Unset = UNSET
        if _city_pinyin is not UNSET:
            if not isinstance(_city_pinyin, str):
                raise ResponseValidationError.unexpected("City", "city_pinyin", "a string", _city_pinyin)
            city_pinyin = _city_pinyin

        _parsed = cls(
            city_name=city_name,
            city_id=city_id,
            city_pinyin=city_pinyin,
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
