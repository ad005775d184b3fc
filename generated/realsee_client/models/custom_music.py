from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomMusic")


@_attrs_define
class CustomMusic:
    """Background music.

    Attributes:
        name (str | Unset): The music's name.
        url (str | Unset): The music's address.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomMusic", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("CustomMusic", "name", "a string", _name)
            name = _name

        _url = d.pop("url", UNSET)
        url: str | Unset = UNSET
        if _url is not UNSET:
            if not isinstance(_url, str):
                raise ResponseValidationError.unexpected("CustomMusic", "url", "a string", _url)
            url = _url

        _parsed = cls(
            name=name,
            url=url,
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
