from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="Quaternion")


@_attrs_define
class Quaternion:
    """The camera's rotation.

    Attributes:
        w (float | Unset):
        x (float | Unset):
        y (float | Unset):
        z (float | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    w: float | Unset = UNSET
    x: float | Unset = UNSET
    y: float | Unset = UNSET
    z: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        w = self.w

        x = self.x

        y = self.y

        z = self.z

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if w is not UNSET:
            field_dict["w"] = w
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if z is not UNSET:
            field_dict["z"] = z

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("Quaternion", "", "an object", src_dict)
        d = dict(src_dict)
        _w = d.pop("w", UNSET)
        w: float | Unset = UNSET
        if _w is not UNSET:
            if not isinstance(_w, (int, float)) or isinstance(_w, bool):
                raise ResponseValidationError.unexpected("Quaternion", "w", "a number", _w)
            w = _w

        _x = d.pop("x", UNSET)
        x: float | Unset = UNSET
        if _x is not UNSET:
            if not isinstance(_x, (int, float)) or isinstance(_x, bool):
                raise ResponseValidationError.unexpected("Quaternion", "x", "a number", _x)
            x = _x

        _y = d.pop("y", UNSET)
        y: float | Unset = UNSET
        if _y is not UNSET:
            if not isinstance(_y, (int, float)) or isinstance(_y, bool):
                raise ResponseValidationError.unexpected("Quaternion", "y", "a number", _y)
            y = _y

        _z = d.pop("z", UNSET)
        z: float | Unset = UNSET
        if _z is not UNSET:
            if not isinstance(_z, (int, float)) or isinstance(_z, bool):
                raise ResponseValidationError.unexpected("Quaternion", "z", "a number", _z)
            z = _z

        _parsed = cls(
            w=w,
            x=x,
            y=y,
            z=z,
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
