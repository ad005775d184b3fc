from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomCardItem")


@_attrs_define
class CustomCardItem:
    """An information item of the card.

    Attributes:
        title (str | Unset): The item's title.
        content (str | Unset): The item's text.
        is_block (bool | Unset): Whether the item takes a whole row.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    title: str | Unset = UNSET
    content: str | Unset = UNSET
    is_block: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content = self.content

        is_block = self.is_block

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if is_block is not UNSET:
            field_dict["is_block"] = is_block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomCardItem", "", "an object", src_dict)
        d = dict(src_dict)
        _title = d.pop("title", UNSET)
        title: str | Unset = UNSET
        if _title is not UNSET:
            if not isinstance(_title, str):
                raise ResponseValidationError.unexpected("CustomCardItem", "title", "a string", _title)
            title = _title

        _content = d.pop("content", UNSET)
        content: str | Unset = UNSET
        if _content is not UNSET:
            if not isinstance(_content, str):
                raise ResponseValidationError.unexpected("CustomCardItem", "content", "a string", _content)
            content = _content

        _is_block = d.pop("is_block", UNSET)
        is_block: bool | Unset = UNSET
        if _is_block is not UNSET:
            if not isinstance(_is_block, bool):
                raise ResponseValidationError.unexpected("CustomCardItem", "is_block", "a boolean", _is_block)
            is_block = _is_block

        _parsed = cls(
            title=title,
            content=content,
            is_block=is_block,
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
