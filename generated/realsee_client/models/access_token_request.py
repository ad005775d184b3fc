from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET

T = TypeVar("T", bound="AccessTokenRequest")


@_attrs_define
class AccessTokenRequest:
    """
    Attributes:
        app_key (str): The application's AppKey from the open platform console.
        app_secret (str): The application's AppSecret from the open platform console.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    app_key: str
    app_secret: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        app_secret = self.app_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_key": app_key,
                "app_secret": app_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AccessTokenRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _app_key = d.pop("app_key", UNSET)
        if not isinstance(_app_key, str):
            raise ResponseValidationError.unexpected("AccessTokenRequest", "app_key", "a string", _app_key)
        app_key = _app_key

        _app_secret = d.pop("app_secret", UNSET)
        if not isinstance(_app_secret, str):
            raise ResponseValidationError.unexpected("AccessTokenRequest", "app_secret", "a string", _app_secret)
        app_secret = _app_secret

        if isinstance(app_secret, str):
            register_secret(app_secret)

        _parsed = cls(
            app_key=app_key,
            app_secret=app_secret,
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
