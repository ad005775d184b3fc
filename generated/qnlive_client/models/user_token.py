from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET

T = TypeVar("T", bound="UserToken")


@_attrs_define
class UserToken:
    """
    Attributes:
        access_token (str): The user's token; send raw in `Authorization`.
        expires_at (int): When the token expires, as a Unix time in seconds.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    access_token: str = _attrs_field(repr=False)
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("UserToken", "", "an object", src_dict)
        d = dict(src_dict)
        _access_token = d.pop("access_token", UNSET)
        if not isinstance(_access_token, str):
            raise ResponseValidationError.unexpected("UserToken", "access_token", "a string", _access_token)
        access_token = _access_token

        if isinstance(access_token, str):
            register_secret(access_token)

        _expires_at = d.pop("expires_at", UNSET)
        if not isinstance(_expires_at, int) or isinstance(_expires_at, bool):
            raise ResponseValidationError.unexpected("UserToken", "expires_at", "an integer", _expires_at)
        expires_at = _expires_at

        _parsed = cls(
            access_token=access_token,
            expires_at=expires_at,
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
