from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plane_point import PlanePoint


T = TypeVar("T", bound="FloorPlanObserver")


@_attrs_define
class FloorPlanObserver:
    """Where an observation point is on the plan.

    Attributes:
        floor_index (int | Unset): The floor it is on.
        index (int | Unset): The observation point's index.
        position (PlanePoint | Unset): A point of a floor plan. The vendor types some of these coordinates as integers
            (the
            bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
            and `y` of one point differently; the spec says number for every coordinate.
        position_in_image (PlanePoint | Unset): A point of a floor plan. The vendor types some of these coordinates as
            integers (the
            bounding origin, the rulers, a room label's `y`) and the others as numbers, sometimes `x`
            and `y` of one point differently; the spec says number for every coordinate.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    floor_index: int | Unset = UNSET
    index: int | Unset = UNSET
    position: PlanePoint | Unset = UNSET
    position_in_image: PlanePoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_index = self.floor_index

        index = self.index

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        position_in_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position_in_image, Unset):
            position_in_image = self.position_in_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floor_index is not UNSET:
            field_dict["floor_index"] = floor_index
        if index is not UNSET:
            field_dict["index"] = index
        if position is not UNSET:
            field_dict["position"] = position
        if position_in_image is not UNSET:
            field_dict["position_in_image"] = position_in_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanObserver", "", "an object", src_dict)
        d = dict(src_dict)
        _floor_index = d.pop("floor_index", UNSET)
        floor_index: int | Unset = UNSET
        if _floor_index is not UNSET:
            if not isinstance(_floor_index, int) or isinstance(_floor_index, bool):
                raise ResponseValidationError.unexpected("FloorPlanObserver", "floor_index", "an integer", _floor_index)
            floor_index = _floor_index

        _index = d.pop("index", UNSET)
        index: int | Unset = UNSET
        if _index is not UNSET:
            if not isinstance(_index, int) or isinstance(_index, bool):
                raise ResponseValidationError.unexpected("FloorPlanObserver", "index", "an integer", _index)
            index = _index

        _position = d.pop("position", UNSET)
        position: PlanePoint | Unset = UNSET
        if _position is not UNSET:
            if not isinstance(_position, dict):
                raise ResponseValidationError.unexpected("FloorPlanObserver", "position", "an object", _position)
            try:
                position = PlanePoint.from_dict(_position)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanObserver", "position") from None

        _position_in_image = d.pop("position_in_image", UNSET)
        position_in_image: PlanePoint | Unset = UNSET
        if _position_in_image is not UNSET:
            if not isinstance(_position_in_image, dict):
                raise ResponseValidationError.unexpected(
                    "FloorPlanObserver", "position_in_image", "an object", _position_in_image
                )
            try:
                position_in_image = PlanePoint.from_dict(_position_in_image)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanObserver", "position_in_image") from None

        _parsed = cls(
            floor_index=floor_index,
            index=index,
            position=position,
            position_in_image=position_in_image,
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
