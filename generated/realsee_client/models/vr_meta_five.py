from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VrMetaFive")


@_attrs_define
class VrMetaFive:
    """The viewer's ("Five") central parameters.

    Attributes:
        auto_resize (bool | Unset): Whether the view scales itself.
        min_fov (float | Unset): Smallest field of view.
        max_fov (float | Unset): Largest field of view.
        tile_level (float | Unset): Tile level, 0 to 4.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    auto_resize: bool | Unset = UNSET
    min_fov: float | Unset = UNSET
    max_fov: float | Unset = UNSET
    tile_level: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_resize = self.auto_resize

        min_fov = self.min_fov

        max_fov = self.max_fov

        tile_level = self.tile_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_resize is not UNSET:
            field_dict["auto_resize"] = auto_resize
        if min_fov is not UNSET:
            field_dict["min_fov"] = min_fov
        if max_fov is not UNSET:
            field_dict["max_fov"] = max_fov
        if tile_level is not UNSET:
            field_dict["tile_level"] = tile_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrMetaFive", "", "an object", src_dict)
        d = dict(src_dict)
        _auto_resize = d.pop("auto_resize", UNSET)
        auto_resize: bool | Unset = UNSET
        if _auto_resize is not UNSET:
            if not isinstance(_auto_resize, bool):
                raise ResponseValidationError.unexpected("VrMetaFive", "auto_resize", "a boolean", _auto_resize)
            auto_resize = _auto_resize

        _min_fov = d.pop("min_fov", UNSET)
        min_fov: float | Unset = UNSET
        if _min_fov is not UNSET:
            if not isinstance(_min_fov, (int, float)) or isinstance(_min_fov, bool):
                raise ResponseValidationError.unexpected("VrMetaFive", "min_fov", "a number", _min_fov)
            min_fov = _min_fov

        _max_fov = d.pop("max_fov", UNSET)
        max_fov: float | Unset = UNSET
        if _max_fov is not UNSET:
            if not isinstance(_max_fov, (int, float)) or isinstance(_max_fov, bool):
                raise ResponseValidationError.unexpected("VrMetaFive", "max_fov", "a number", _max_fov)
            max_fov = _max_fov

        _tile_level = d.pop("tile_level", UNSET)
        tile_level: float | Unset = UNSET
        if _tile_level is not UNSET:
            if not isinstance(_tile_level, (int, float)) or isinstance(_tile_level, bool):
                raise ResponseValidationError.unexpected("VrMetaFive", "tile_level", "a number", _tile_level)
            tile_level = _tile_level

        _parsed = cls(
            auto_resize=auto_resize,
            min_fov=min_fov,
            max_fov=max_fov,
            tile_level=tile_level,
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
