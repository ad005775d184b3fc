from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageSize")


@_attrs_define
class ImageSize:
    """An image size in pixels.

    Attributes:
        height (int | Unset):
        width (int | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ImageSize", "", "an object", src_dict)
        d = dict(src_dict)
        _height = d.pop("height", UNSET)
        height: int | Unset = UNSET
        if _height is not UNSET:
            if not isinstance(_height, int) or isinstance(_height, bool):
                raise ResponseValidationError.unexpected("ImageSize", "height", "an integer", _height)
            height = _height

        _width = d.pop("width", UNSET)
        width: int | Unset = UNSET
        if _width is not UNSET:
            if not isinstance(_width, int) or isinstance(_width, bool):
                raise ResponseValidationError.unexpected("ImageSize", "width", "an integer", _width)
            width = _width

        _parsed = cls(
            height=height,
            width=width,
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
