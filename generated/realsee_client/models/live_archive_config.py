from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveArchiveConfig")


@_attrs_define
class LiveArchiveConfig:
    """Where archived rooms are reported.

    Attributes:
        callback_host (str | Unset): Host of the archive callback.
        callback_uri (str | Unset): Path of the archive callback.
        trash_expire (int | Unset): How long archived data is kept.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    callback_host: str | Unset = UNSET
    callback_uri: str | Unset = UNSET
    trash_expire: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_host = self.callback_host

        callback_uri = self.callback_uri

        trash_expire = self.trash_expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_host is not UNSET:
            field_dict["callback_host"] = callback_host
        if callback_uri is not UNSET:
            field_dict["callback_uri"] = callback_uri
        if trash_expire is not UNSET:
            field_dict["trash_expire"] = trash_expire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveArchiveConfig", "", "an object", src_dict)
        d = dict(src_dict)
        _callback_host = d.pop("callback_host", UNSET)
        callback_host: str | Unset = UNSET
        if _callback_host is not UNSET:
            if not isinstance(_callback_host, str):
                raise ResponseValidationError.unexpected(
                    "LiveArchiveConfig", "callback_host", "a string", _callback_host
                )
            callback_host = _callback_host

        _callback_uri = d.pop("callback_uri", UNSET)
        callback_uri: str | Unset = UNSET
        if _callback_uri is not UNSET:
            if not isinstance(_callback_uri, str):
                raise ResponseValidationError.unexpected("LiveArchiveConfig", "callback_uri", "a string", _callback_uri)
            callback_uri = _callback_uri

        _trash_expire = d.pop("trash_expire", UNSET)
        trash_expire: int | Unset = UNSET
        if _trash_expire is not UNSET:
            if not isinstance(_trash_expire, int) or isinstance(_trash_expire, bool):
                raise ResponseValidationError.unexpected(
                    "LiveArchiveConfig", "trash_expire", "an integer", _trash_expire
                )
            trash_expire = _trash_expire

        _parsed = cls(
            callback_host=callback_host,
            callback_uri=callback_uri,
            trash_expire=trash_expire,
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
