from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomBackdrop")


@_attrs_define
class CustomBackdrop:
    """The filter's parameters.

    Attributes:
        brightness (float | Unset):
        contrast (float | Unset):
        grayscale (float | Unset):
        opacity (float | Unset):
        saturate (float | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    brightness: float | Unset = UNSET
    contrast: float | Unset = UNSET
    grayscale: float | Unset = UNSET
    opacity: float | Unset = UNSET
    saturate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brightness = self.brightness

        contrast = self.contrast

        grayscale = self.grayscale

        opacity = self.opacity

        saturate = self.saturate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brightness is not UNSET:
            field_dict["brightness"] = brightness
        if contrast is not UNSET:
            field_dict["contrast"] = contrast
        if grayscale is not UNSET:
            field_dict["grayscale"] = grayscale
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if saturate is not UNSET:
            field_dict["saturate"] = saturate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomBackdrop", "", "an object", src_dict)
        d = dict(src_dict)
        _brightness = d.pop("brightness", UNSET)
        brightness: float | Unset = UNSET
        if _brightness is not UNSET:
            if not isinstance(_brightness, (int, float)) or isinstance(_brightness, bool):
                raise ResponseValidationError.unexpected("CustomBackdrop", "brightness", "a number", _brightness)
            brightness = _brightness

        _contrast = d.pop("contrast", UNSET)
        contrast: float | Unset = UNSET
        if _contrast is not UNSET:
            if not isinstance(_contrast, (int, float)) or isinstance(_contrast, bool):
                raise ResponseValidationError.unexpected("CustomBackdrop", "contrast", "a number", _contrast)
            contrast = _contrast

        _grayscale = d.pop("grayscale", UNSET)
        grayscale: float | Unset = UNSET
        if _grayscale is not UNSET:
            if not isinstance(_grayscale, (int, float)) or isinstance(_grayscale, bool):
                raise ResponseValidationError.unexpected("CustomBackdrop", "grayscale", "a number", _grayscale)
            grayscale = _grayscale

        _opacity = d.pop("opacity", UNSET)
        opacity: float | Unset = UNSET
        if _opacity is not UNSET:
            if not isinstance(_opacity, (int, float)) or isinstance(_opacity, bool):
                raise ResponseValidationError.unexpected("CustomBackdrop", "opacity", "a number", _opacity)
            opacity = _opacity

        _saturate = d.pop("saturate", UNSET)
        saturate: float | Unset = UNSET
        if _saturate is not UNSET:
            if not isinstance(_saturate, (int, float)) or isinstance(_saturate, bool):
                raise ResponseValidationError.unexpected("CustomBackdrop", "saturate", "a number", _saturate)
            saturate = _saturate

        _parsed = cls(
            brightness=brightness,
            contrast=contrast,
            grayscale=grayscale,
            opacity=opacity,
            saturate=saturate,
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
