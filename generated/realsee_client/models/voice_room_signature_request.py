from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceRoomSignatureRequest")


@_attrs_define
class VoiceRoomSignatureRequest:
    """
    Attributes:
        app_id (str): The application id from the console.
        user_identifier (str): The user's unique id.
        user_role (str): The user's role in the room.
        room_code (str): The room whose voice channel to join.
        voice_id (str | Unset): The voice room number.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    app_id: str
    user_identifier: str
    user_role: str
    room_code: str
    voice_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        user_identifier = self.user_identifier

        user_role = self.user_role

        room_code = self.room_code

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "user_identifier": user_identifier,
                "user_role": user_role,
                "room_code": room_code,
            }
        )
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VoiceRoomSignatureRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        if not isinstance(_app_id, str):
            raise ResponseValidationError.unexpected("VoiceRoomSignatureRequest", "app_id", "a string", _app_id)
        app_id = _app_id

        _user_identifier = d.pop("user_identifier", UNSET)
        if not isinstance(_user_identifier, str):
            raise ResponseValidationError.unexpected(
                "VoiceRoomSignatureRequest", "user_identifier", "a string", _user_identifier
            )
        user_identifier = _user_identifier

        _user_role = d.pop("user_role", UNSET)
        if not isinstance(_user_role, str):
            raise ResponseValidationError.unexpected("VoiceRoomSignatureRequest", "user_role", "a string", _user_role)
        user_role = _user_role

        _room_code = d.pop("room_code", UNSET)
        if not isinstance(_room_code, str):
            raise ResponseValidationError.unexpected("VoiceRoomSignatureRequest", "room_code", "a string", _room_code)
        room_code = _room_code

        _voice_id = d.pop("voice_id", UNSET)
        voice_id: str | Unset = UNSET
        if _voice_id is not UNSET:
            if not isinstance(_voice_id, str):
                raise ResponseValidationError.unexpected("VoiceRoomSignatureRequest", "voice_id", "a string", _voice_id)
            voice_id = _voice_id

        _parsed = cls(
            app_id=app_id,
            user_identifier=user_identifier,
            user_role=user_role,
            room_code=room_code,
            voice_id=voice_id,
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
