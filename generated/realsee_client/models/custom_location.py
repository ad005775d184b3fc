from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_point import GeoPoint


T = TypeVar("T", bound="CustomLocation")


@_attrs_define
class CustomLocation:
    """Where the work is.

    Attributes:
        name (str | Unset): The address's name.
        province (str | Unset): The province.
        city (str | Unset): The city.
        district (str | Unset): The district.
        location (GeoPoint | Unset): Latitude and longitude.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    province: str | Unset = UNSET
    city: str | Unset = UNSET
    district: str | Unset = UNSET
    location: GeoPoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        province = self.province

        city = self.city

        district = self.district

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if province is not UNSET:
            field_dict["province"] = province
        if city is not UNSET:
            field_dict["city"] = city
        if district is not UNSET:
            field_dict["district"] = district
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomLocation", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("CustomLocation", "name", "a string", _name)
            name = _name

        _province = d.pop("province", UNSET)
        province: str | Unset = UNSET
        if _province is not UNSET:
            if not isinstance(_province, str):
                raise ResponseValidationError.unexpected("CustomLocation", "province", "a string", _province)
            province = _province

        _city = d.pop("city", UNSET)
        city: str | Unset = UNSET
        if _city is not UNSET:
            if not isinstance(_city, str):
                raise ResponseValidationError.unexpected("CustomLocation", "city", "a string", _city)
            city = _city

        _district = d.pop("district", UNSET)
        district: str | Unset = UNSET
        if _district is not UNSET:
            if not isinstance(_district, str):
                raise ResponseValidationError.unexpected("CustomLocation", "district", "a string", _district)
            district = _district

        _location = d.pop("location", UNSET)
        location: GeoPoint | Unset = UNSET
        if _location is not UNSET:
            if not isinstance(_location, dict):
                raise ResponseValidationError.unexpected("CustomLocation", "location", "an object", _location)
            try:
                location = GeoPoint.from_dict(_location)
            except ResponseValidationError as error:
                raise error.inside("CustomLocation", "location") from None

        _parsed = cls(
            name=name,
            province=province,
            city=city,
            district=district,
            location=location,
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


# The models this one parses and serialises, imported after the class so that models referring to
# each other import in any order, and found as globals rather than imported on every call.
from ..models.geo_point import GeoPoint
