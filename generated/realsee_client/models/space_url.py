from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="SpaceUrl")


@_attrs_define
class SpaceUrl:
    """A work's viewing link.

    Attributes:
        url (str): The link.
        expire (int): When the link stops working, a Unix time.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    url: str
    expire: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expire = self.expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "expire": expire,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SpaceUrl", "", "an object", src_dict)
        d = dict(src_dict)
        _url = d.pop("url", UNSET)
        if not isinstance(_url, str):
            raise ResponseValidationError.unexpected("SpaceUrl", "url", "a string", _url)
        url = _url

        _expire = d.pop("expire", UNSET)
        if not isinstance(_expire, int) or isinstance(_expire, bool):
            raise ResponseValidationError.unexpected("SpaceUrl", "expire", "an integer", _expire)
        expire = _expire

        _parsed = cls(
            url=url,
            expire=expire,
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
