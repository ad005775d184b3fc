from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewerView")


@_attrs_define
class ViewerView:
    """A view in the viewer: the panorama and the camera's direction and field of view. The
    vendor types `latitude` (and in places `heading`) as integers but `longitude` as a number;
    these are angles of one camera, so the spec says number for all four (an integer is a
    number, so integer answers still pass).

    Attributes:
        fov (float | Unset): Field of view.
        heading (float | Unset): Direction.
        latitude (float | Unset): Vertical angle.
        longitude (float | Unset): Horizontal angle.
        pano (int | Unset): The panorama shown.
        pano_index (int | Unset): Index of the panorama shown.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    fov: float | Unset = UNSET
    heading: float | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    pano: int | Unset = UNSET
    pano_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fov = self.fov

        heading = self.heading

        latitude = self.latitude

        longitude = self.longitude

        pano = self.pano

        pano_index = self.pano_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fov is not UNSET:
            field_dict["fov"] = fov
        if heading is not UNSET:
            field_dict["heading"] = heading
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if pano is not UNSET:
            field_dict["pano"] = pano
        if pano_index is not UNSET:
            field_dict["pano_index"] = pano_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ViewerView", "", "an object", src_dict)
        d = dict(src_dict)
        _fov = d.pop("fov", UNSET)
        fov: float | Unset = UNSET
        if _fov is not UNSET:
            if not isinstance(_fov, (int, float)) or isinstance(_fov, bool):
                raise ResponseValidationError.unexpected("ViewerView", "fov", "a number", _fov)
            fov = _fov

        _heading = d.pop("heading", UNSET)
        heading: float | Unset = UNSET
        if _heading is not UNSET:
            if not isinstance(_heading, (int, float)) or isinstance(_heading, bool):
                raise ResponseValidationError.unexpected("ViewerView", "heading", "a number", _heading)
            heading = _heading

        _latitude = d.pop("latitude", UNSET)
        latitude: float | Unset = UNSET
        if _latitude is not UNSET:
            if not isinstance(_latitude, (int, float)) or isinstance(_latitude, bool):
                raise ResponseValidationError.unexpected("ViewerView", "latitude", "a number", _latitude)
            latitude = _latitude

        _longitude = d.pop("longitude", UNSET)
        longitude: float | Unset = UNSET
        if _longitude is not UNSET:
            if not isinstance(_longitude, (int, float)) or isinstance(_longitude, bool):
                raise ResponseValidationError.unexpected("ViewerView", "longitude", "a number", _longitude)
            longitude = _longitude

        _pano = d.pop("pano", UNSET)
        pano: int | Unset = UNSET
        if _pano is not UNSET:
            if not isinstance(_pano, int) or isinstance(_pano, bool):
                raise ResponseValidationError.unexpected("ViewerView", "pano", "an integer", _pano)
            pano = _pano

        _pano_index = d.pop("pano_index", UNSET)
        pano_index: int | Unset = UNSET
        if _pano_index is not UNSET:
            if not isinstance(_pano_index, int) or isinstance(_pano_index, bool):
                raise ResponseValidationError.unexpected("ViewerView", "pano_index", "an integer", _pano_index)
            pano_index = _pano_index

        _parsed = cls(
            fov=fov,
            heading=heading,
            latitude=latitude,
            longitude=longitude,
            pano=pano,
            pano_index=pano_index,
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
