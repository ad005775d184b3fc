from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="WorkDownload")


@_attrs_define
class WorkDownload:
    """Where to download a work's offline package.

    Attributes:
        expired_timestamp (int): Until when the addresses work, a Unix time (the vendor's schema writes it as a string,
            its table as an integer).
        presigned_urls (list[str]): Presigned addresses of the package; the first is enough.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    expired_timestamp: int
    presigned_urls: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expired_timestamp = self.expired_timestamp

        presigned_urls = self.presigned_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expired_timestamp": expired_timestamp,
                "presigned_urls": presigned_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("WorkDownload", "", "an object", src_dict)
        d = dict(src_dict)
        _expired_timestamp = d.pop("expired_timestamp", UNSET)
        if not isinstance(_expired_timestamp, int) or isinstance(_expired_timestamp, bool):
            raise ResponseValidationError.unexpected(
                "WorkDownload", "expired_timestamp", "an integer", _expired_timestamp
            )
        expired_timestamp = _expired_timestamp

        _presigned_urls = d.pop("presigned_urls", UNSET)
        if not isinstance(_presigned_urls, list):
            raise ResponseValidationError.unexpected("WorkDownload", "presigned_urls", "a list", _presigned_urls)
        presigned_urls_items: list[str] = []
        for presigned_urls_index, presigned_urls_item in enumerate(_presigned_urls):
            if not isinstance(presigned_urls_item, str):
                raise ResponseValidationError.unexpected(
                    "WorkDownload", "presigned_urls" + f"[{presigned_urls_index}]", "a string", presigned_urls_item
                )
            presigned_urls_parsed = presigned_urls_item

            presigned_urls_items.append(presigned_urls_parsed)
        presigned_urls = presigned_urls_items

        _parsed = cls(
            expired_timestamp=expired_timestamp,
            presigned_urls=presigned_urls,
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
