from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoPoint")


@_attrs_define
class GeoPoint:
    """Latitude and longitude.

    Attributes:
        lat (float | Unset):
        lng (float | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    lat: float | Unset = UNSET
    lng: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lat = self.lat

        lng = self.lng

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("GeoPoint", "", "an object", src_dict)
        d = dict(src_dict)
        _lat = d.pop("lat", UNSET)
        lat: float | Unset = UNSET
        if _lat is not UNSET:
            if not isinstance(_lat, (int, float)) or isinstance(_lat, bool):
                raise ResponseValidationError.unexpected("GeoPoint", "lat", "a number", _lat)
            lat = _lat

        _lng = d.pop("lng", UNSET)
        lng: float | Unset = UNSET
        if _lng is not UNSET:
            if not isinstance(_lng, (int, float)) or isinstance(_lng, bool):
                raise ResponseValidationError.unexpected("GeoPoint", "lng", "a number", _lng)
            lng = _lng

        _parsed = cls(
            lat=lat,
            lng=lng,
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
