from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
    """
    Attributes:
        access_token (str): Send raw in the `Authorization` header of every other call.
        expire_at (int): Expiry as a Unix time in seconds; about five minutes after issue.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    access_token: str = _attrs_field(repr=False)
    expire_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expire_at = self.expire_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expire_at": expire_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AccessToken", "", "an object", src_dict)
        d = dict(src_dict)
        _access_token = d.pop("access_token", UNSET)
        if not isinstance(_access_token, str):
            raise ResponseValidationError.unexpected("AccessToken", "access_token", "a string", _access_token)
        access_token = _access_token

        if isinstance(access_token, str):
            register_secret(access_token)

        _expire_at = d.pop("expire_at", UNSET)
        if not isinstance(_expire_at, int) or isinstance(_expire_at, bool):
            raise ResponseValidationError.unexpected("AccessToken", "expire_at", "an integer", _expire_at)
        expire_at = _expire_at

        _parsed = cls(
            access_token=access_token,
            expire_at=expire_at,
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
