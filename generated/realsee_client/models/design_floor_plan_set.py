from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_floor_plan import DesignFloorPlan


T = TypeVar("T", bound="DesignFloorPlanSet")


@_attrs_define
class DesignFloorPlanSet:
    """The floor plans of the design.

    Attributes:
        city_name (str | Unset): The city's name.
        floorplans (list[DesignFloorPlan] | Unset): The floor plans.
        id (str | Unset): The layout's code (derived from its floor plan id).
        resblock_name (str | Unset): The community's name.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    city_name: str | Unset = UNSET
    floorplans: list[DesignFloorPlan] | Unset = UNSET
    id: str | Unset = UNSET
    resblock_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_name = self.city_name

        floorplans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.floorplans, Unset):
            floorplans = []
            for floorplans_item_data in self.floorplans:
                floorplans_item = floorplans_item_data.to_dict()
                floorplans.append(floorplans_item)

        id = self.id

        resblock_name = self.resblock_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if floorplans is not UNSET:
            field_dict["floorplans"] = floorplans
        if id is not UNSET:
            field_dict["id"] = id
        if resblock_name is not UNSET:
            field_dict["resblockName"] = resblock_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignFloorPlanSet", "", "an object", src_dict)
        d = dict(src_dict)
        _city_name = d.pop("cityName", UNSET)
        city_name: str | Unset = UNSET
        if _city_name is not UNSET:
            if not isinstance(_city_name, str):
                raise ResponseValidationError.unexpected("DesignFloorPlanSet", "cityName", "a string", _city_name)
            city_name = _city_name

        _floorplans = d.pop("floorplans", UNSET)
        floorplans: list[DesignFloorPlan] | Unset = UNSET
        if _floorplans is not UNSET:
            if not isinstance(_floorplans, list):
                raise ResponseValidationError.unexpected("DesignFloorPlanSet", "floorplans", "a list", _floorplans)
            floorplans_items: list[DesignFloorPlan] = []
            for floorplans_index, floorplans_item in enumerate(_floorplans):
                if not isinstance(floorplans_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignFloorPlanSet", "floorplans" + f"[{floorplans_index}]", "an object", floorplans_item
                    )
                try:
                    floorplans_parsed = DesignFloorPlan.from_dict(floorplans_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignFloorPlanSet", "floorplans" + f"[{floorplans_index}]") from None

                floorplans_items.append(floorplans_parsed)
            floorplans = floorplans_items

        _id = d.pop("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, str):
                raise ResponseValidationError.unexpected("DesignFloorPlanSet", "id", "a string", _id)
            id = _id

        _resblock_name = d.pop("resblockName", UNSET)
        resblock_name: str | Unset = UNSET
        if _resblock_name is not UNSET:
            if not isinstance(_resblock_name, str):
                raise ResponseValidationError.unexpected(
                    "DesignFloorPlanSet", "resblockName", "a string", _resblock_name
                )
            resblock_name = _resblock_name

        _parsed = cls(
            city_name=city_name,
            floorplans=floorplans,
            id=id,
            resblock_name=resblock_name,
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
from ..models.design_floor_plan import DesignFloorPlan
