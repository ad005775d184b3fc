from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plane_point import PlanePoint


T = TypeVar("T", bound="FloorPlanBounding")


@_attrs_define
class FloorPlanBounding:
    """The plan's bounds.

    Attributes:
        max_ (PlanePoint | Unset): A point of a floor plan. The vendor types some of these coordinates as integers (the
            bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
            and `y` of one point differently; the spec says number for every coordinate.
        min_ (PlanePoint | Unset): A point of a floor plan. The vendor types some of these coordinates as integers (the
            bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
            and `y` of one point differently; the spec says number for every coordinate.
        origin (PlanePoint | Unset): A point of a floor plan. The vendor types some of these coordinates as integers
            (the
            bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
            and `y` of one point differently; the spec says number for every coordinate.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    max_: PlanePoint | Unset = UNSET
    min_: PlanePoint | Unset = UNSET
    origin: PlanePoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        origin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanBounding", "", "an object", src_dict)
        d = dict(src_dict)
        _max_ = d.pop("max", UNSET)
        max_: PlanePoint | Unset = UNSET
        if _max_ is not UNSET:
            if not isinstance(_max_, dict):
                raise ResponseValidationError.unexpected("FloorPlanBounding", "max", "an object", _max_)
            try:
                max_ = PlanePoint.from_dict(_max_)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanBounding", "max") from None

        _min_ = d.pop("min", UNSET)
        min_: PlanePoint | Unset = UNSET
        if _min_ is not UNSET:
            if not isinstance(_min_, dict):
                raise ResponseValidationError.unexpected("FloorPlanBounding", "min", "an object", _min_)
            try:
                min_ = PlanePoint.from_dict(_min_)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanBounding", "min") from None

        _origin = d.pop("origin", UNSET)
        origin: PlanePoint | Unset = UNSET
        if _origin is not UNSET:
            if not isinstance(_origin, dict):
                raise ResponseValidationError.unexpected("FloorPlanBounding", "origin", "an object", _origin)
            try:
                origin = PlanePoint.from_dict(_origin)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanBounding", "origin") from None

        _parsed = cls(
            max_=max_,
            min_=min_,
            origin=origin,
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
from ..models.plane_point import PlanePoint
