from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ai_design_availability import AiDesignAvailability
from ..types import UNSET, Unset

T = TypeVar("T", bound="FloorPlanCandidate")


@_attrs_define
class FloorPlanCandidate:
    """A floor plan (layout group) available for production.

    Attributes:
        outer_edge_group_id (str | Unset): The layout group's id.
        room_count (int | Unset): Number of bedrooms.
        parlor_count (int | Unset): Number of living rooms.
        area (float | Unset): Floor area in square metres.
        image_url (str | Unset): A picture of the floor plan.
        resblock_id (str | Unset): The community's id.
        resblock_name (str | Unset): The community's name.
        district_name (str | Unset): The district's name.
        city_id (int | Unset): The city's GB code.
        city_name (str | Unset): The city's name.
        can_ai_design (AiDesignAvailability | Unset): Whether an AI design can be made of the floor plan (1) or not (0).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    outer_edge_group_id: str | Unset = UNSET
    room_count: int | Unset = UNSET
    parlor_count: int | Unset = UNSET
    area: float | Unset = UNSET
    image_url: str | Unset = UNSET
    resblock_id: str | Unset = UNSET
    resblock_name: str | Unset = UNSET
    district_name: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city_name: str | Unset = UNSET
    can_ai_design: AiDesignAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outer_edge_group_id = self.outer_edge_group_id

        room_count = self.room_count

        parlor_count = self.parlor_count

        area = self.area

        image_url = self.image_url

        resblock_id = self.resblock_id

        resblock_name = self.resblock_name

        district_name = self.district_name

        city_id = self.city_id

        city_name = self.city_name

        can_ai_design: int | Unset = UNSET
        if not isinstance(self.can_ai_design, Unset):
            can_ai_design = self.can_ai_design.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outer_edge_group_id is not UNSET:
            field_dict["outer_edge_group_id"] = outer_edge_group_id
        if room_count is not UNSET:
            field_dict["room_count"] = room_count
        if parlor_count is not UNSET:
            field_dict["parlor_count"] = parlor_count
        if area is not UNSET:
            field_dict["area"] = area
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if resblock_id is not UNSET:
            field_dict["resblock_id"] = resblock_id
        if resblock_name is not UNSET:
            field_dict["resblock_name"] = resblock_name
        if district_name is not UNSET:
            field_dict["district_name"] = district_name
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city_name is not UNSET:
            field_dict["city_name"] = city_name
        if can_ai_design is not UNSET:
            field_dict["can_ai_design"] = can_ai_design

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanCandidate", "", "an object", src_dict)
        d = dict(src_dict)
        _outer_edge_group_id = d.pop("outer_edge_group_id", UNSET)
        outer_edge_group_id: str | Unset = UNSET
        if _outer_edge_group_id is not UNSET:
            if not isinstance(_outer_edge_group_id, str):
                raise ResponseValidationError.unexpected(
                    "FloorPlanCandidate", "outer_edge_group_id", "a string", _outer_edge_group_id
                )
            outer_edge_group_id = _outer_edge_group_id

        _room_count = d.pop("room_count", UNSET)
        room_count: int | Unset = UNSET
        if _room_count is not UNSET:
            if not isinstance(_room_count, int) or isinstance(_room_count, bool):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "room_count", "an integer", _room_count)
            room_count = _room_count

        _parlor_count = d.pop("parlor_count", UNSET)
        parlor_count: int | Unset = UNSET
        if _parlor_count is not UNSET:
            if not isinstance(_parlor_count, int) or isinstance(_parlor_count, bool):
                raise ResponseValidationError.unexpected(
                    "FloorPlanCandidate", "parlor_count", "an integer", _parlor_count
                )
            parlor_count = _parlor_count

        _area = d.pop("area", UNSET)
        area: float | Unset = UNSET
        if _area is not UNSET:
            if not isinstance(_area, (int, float)) or isinstance(_area, bool):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "area", "a number", _area)
            area = _area

        _image_url = d.pop("image_url", UNSET)
        image_url: str | Unset = UNSET
        if _image_url is not UNSET:
            if not isinstance(_image_url, str):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "image_url", "a string", _image_url)
            image_url = _image_url

        _resblock_id = d.pop("resblock_id", UNSET)
        resblock_id: str | Unset = UNSET
        if _resblock_id is not UNSET:
            if not isinstance(_resblock_id, str):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "resblock_id", "a string", _resblock_id)
            resblock_id = _resblock_id

        _resblock_name = d.pop("resblock_name", UNSET)
        resblock_name: str | Unset = UNSET
        if _resblock_name is not UNSET:
            if not isinstance(_resblock_name, str):
                raise ResponseValidationError.unexpected(
                    "FloorPlanCandidate", "resblock_name", "a string", _resblock_name
                )
            resblock_name = _resblock_name

        _district_name = d.pop("district_name", UNSET)
        district_name: str | Unset = UNSET
        if _district_name is not UNSET:
            if not isinstance(_district_name, str):
                raise ResponseValidationError.unexpected(
                    "FloorPlanCandidate", "district_name", "a string", _district_name
                )
            district_name = _district_name

        _city_id = d.pop("city_id", UNSET)
        city_id: int | Unset = UNSET
        if _city_id is not UNSET:
            if not isinstance(_city_id, int) or isinstance(_city_id, bool):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "city_id", "an integer", _city_id)
            city_id = _city_id

        _city_name = d.pop("city_name", UNSET)
        city_name: str | Unset = UNSET
        if _city_name is not UNSET:
            if not isinstance(_city_name, str):
                raise ResponseValidationError.unexpected("FloorPlanCandidate", "city_name", "a string", _city_name)
            city_name = _city_name

        _can_ai_design = d.pop("can_ai_design", UNSET)
        can_ai_design: AiDesignAvailability | Unset = UNSET
        if _can_ai_design is not UNSET:
            can_ai_design = parse_enum(AiDesignAvailability, _can_ai_design, "FloorPlanCandidate", "can_ai_design")

        _parsed = cls(
            outer_edge_group_id=outer_edge_group_id,
            room_count=room_count,
            parlor_count=parlor_count,
            area=area,
            image_url=image_url,
            resblock_id=resblock_id,
            resblock_name=resblock_name,
            district_name=district_name,
            city_id=city_id,
            city_name=city_name,
            can_ai_design=can_ai_design,
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
