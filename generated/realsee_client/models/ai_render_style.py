from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiRenderStyle")


@_attrs_define
class AiRenderStyle:
    """A design style.

    Attributes:
        style_id (int | Unset): The style's id.
        style_name (str | Unset): The style's name.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    style_id: int | Unset = UNSET
    style_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_id = self.style_id

        style_name = self.style_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if style_name is not UNSET:
            field_dict["style_name"] = style_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AiRenderStyle", "", "an object", src_dict)
        d = dict(src_dict)
        _style_id = d.pop("style_id", UNSET)
        style_id: int | Unset = UNSET
        if _style_id is not UNSET:
            if not isinstance(_style_id, int) or isinstance(_style_id, bool):
                raise ResponseValidationError.unexpected("AiRenderStyle", "style_id", "an integer", _style_id)
            style_id = _style_id

        _style_name = d.pop("style_name", UNSET)
        style_name: str | Unset = UNSET
        if _style_name is not UNSET:
            if not isinstance(_style_name, str):
                raise ResponseValidationError.unexpected("AiRenderStyle", "style_name", "a string", _style_name)
            style_name = _style_name

        _parsed = cls(
            style_id=style_id,
            style_name=style_name,
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
