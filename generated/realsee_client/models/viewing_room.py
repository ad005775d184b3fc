from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="ViewingRoom")


@_attrs_define
class ViewingRoom:
    """
    Attributes:
        room_code (str): The room's code.
        room_link (str): The room's WebSocket (`wss://`) address.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    room_code: str
    room_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_code = self.room_code

        room_link = self.room_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_code": room_code,
                "room_link": room_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ViewingRoom", "", "an object", src_dict)
        d = dict(src_dict)
        _room_code = d.pop("room_code", UNSET)
        if not isinstance(_room_code, str):
            raise ResponseValidationError.unexpected("ViewingRoom", "room_code", "a string", _room_code)
        room_code = _room_code

        _room_link = d.pop("room_link", UNSET)
        if not isinstance(_room_link, str):
            raise ResponseValidationError.unexpected("ViewingRoom", "room_link", "a string", _room_link)
        room_link = _room_link

        _parsed = cls(
            room_code=room_code,
            room_link=room_link,
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
