from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET

T = TypeVar("T", bound="VoiceRoomSignature")


@_attrs_define
class VoiceRoomSignature:
    """
    Attributes:
        voice_app_id (str): The voice service's app id, for the client SDK.
        user_identifier (str): The user's unique id.
        sign (str): The voice provider's signature, for the client SDK.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    voice_app_id: str
    user_identifier: str
    sign: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_app_id = self.voice_app_id

        user_identifier = self.user_identifier

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_app_id": voice_app_id,
                "user_identifier": user_identifier,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VoiceRoomSignature", "", "an object", src_dict)
        d = dict(src_dict)
        _voice_app_id = d.pop("voice_app_id", UNSET)
        if not isinstance(_voice_app_id, str):
            raise ResponseValidationError.unexpected("VoiceRoomSignature", "voice_app_id", "a string", _voice_app_id)
        voice_app_id = _voice_app_id

        _user_identifier = d.pop("user_identifier", UNSET)
        if not isinstance(_user_identifier, str):
            raise ResponseValidationError.unexpected(
                "VoiceRoomSignature", "user_identifier", "a string", _user_identifier
            )
        user_identifier = _user_identifier

        _sign = d.pop("sign", UNSET)
        if not isinstance(_sign, str):
            raise ResponseValidationError.unexpected("VoiceRoomSignature", "sign", "a string", _sign)
        sign = _sign

        if isinstance(sign, str):
            register_secret(sign)

        _parsed = cls(
            voice_app_id=voice_app_id,
            user_identifier=user_identifier,
            sign=sign,
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
