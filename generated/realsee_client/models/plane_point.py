from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanePoint")


@_attrs_define
class PlanePoint:
    """A point of a floor plan. The vendor types some of these coordinates as integers (the
    bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
    and `y` of one point differently; the spec says number for every coordinate.

    Attributes:
        x (float | Unset):
        y (float | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PlanePoint", "", "an object", src_dict)
        d = dict(src_dict)
        _x = d.pop("x", UNSET)
        x: float | Unset = UNSET
        if _x is not UNSET:
            if not isinstance(_x, (int, float)) or isinstance(_x, bool):
                raise ResponseValidationError.unexpected("PlanePoint", "x", "a number", _x)
            x = _x

        _y = d.pop("y", UNSET)
        y: float | Unset = UNSET
        if _y is not UNSET:
            if not isinstance(_y, (int, float)) or isinstance(_y, bool):
                raise ResponseValidationError.unexpected("PlanePoint", "y", "a number", _y)
            y = _y

        _parsed = cls(
            x=x,
            y=y,
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
