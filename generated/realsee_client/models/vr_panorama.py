from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VrPanorama")


@_attrs_define
class VrPanorama:
    """One panorama's cube faces (relative to `base_url`).

    Attributes:
        index (int | Unset): The panorama's index.
        back (str | Unset):
        down (str | Unset):
        front (str | Unset):
        left (str | Unset):
        right (str | Unset):
        up (str | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    index: int | Unset = UNSET
    back: str | Unset = UNSET
    down: str | Unset = UNSET
    front: str | Unset = UNSET
    left: str | Unset = UNSET
    right: str | Unset = UNSET
    up: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        back = self.back

        down = self.down

        front = self.front

        left = self.left

        right = self.right

        up = self.up

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if back is not UNSET:
            field_dict["back"] = back
        if down is not UNSET:
            field_dict["down"] = down
        if front is not UNSET:
            field_dict["front"] = front
        if left is not UNSET:
            field_dict["left"] = left
        if right is not UNSET:
            field_dict["right"] = right
        if up is not UNSET:
            field_dict["up"] = up

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrPanorama", "", "an object", src_dict)
        d = dict(src_dict)
        _index = d.pop("index", UNSET)
        index: int | Unset = UNSET
        if _index is not UNSET:
            if not isinstance(_index, int) or isinstance(_index, bool):
                raise ResponseValidationError.unexpected("VrPanorama", "index", "an integer", _index)
            index = _index

        _back = d.pop("back", UNSET)
        back: str | Unset = UNSET
        if _back is not UNSET:
            if not isinstance(_back, str):
                raise ResponseValidationError.unexpected("VrPanorama", "back", "a string", _back)
            back = _back

        _down = d.pop("down", UNSET)
        down: str | Unset = UNSET
        if _down is not UNSET:
            if not isinstance(_down, str):
                raise ResponseValidationError.unexpected("VrPanorama", "down", "a string", _down)
            down = _down

        _front = d.pop("front", UNSET)
        front: str | Unset = UNSET
        if _front is not UNSET:
            if not isinstance(_front, str):
                raise ResponseValidationError.unexpected("VrPanorama", "front", "a string", _front)
            front = _front

        _left = d.pop("left", UNSET)
        left: str | Unset = UNSET
        if _left is not UNSET:
            if not isinstance(_left, str):
                raise ResponseValidationError.unexpected("VrPanorama", "left", "a string", _left)
            left = _left

        _right = d.pop("right", UNSET)
        right: str | Unset = UNSET
        if _right is not UNSET:
            if not isinstance(_right, str):
                raise ResponseValidationError.unexpected("VrPanorama", "right", "a string", _right)
            right = _right

        _up = d.pop("up", UNSET)
        up: str | Unset = UNSET
        if _up is not UNSET:
            if not isinstance(_up, str):
                raise ResponseValidationError.unexpected("VrPanorama", "up", "a string", _up)
            up = _up

        _parsed = cls(
            index=index,
            back=back,
            down=down,
            front=front,
            left=left,
            right=right,
            up=up,
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
