from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floor_plan_room import FloorPlanRoom
    from ..models.floor_plan_rules import FloorPlanRules


T = TypeVar("T", bound="FloorPlanFloor")


@_attrs_define
class FloorPlanFloor:
    """One floor of the plan.

    Attributes:
        floor_index (int | Unset): The floor's index.
        rooms (list[FloorPlanRoom] | Unset): Its rooms.
        rules (FloorPlanRules | Unset): The dimension lines on each side of the plan, each a list of segments (lists of
            points).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    floor_index: int | Unset = UNSET
    rooms: list[FloorPlanRoom] | Unset = UNSET
    rules: FloorPlanRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_index = self.floor_index

        rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rooms, Unset):
            rooms = []
            for rooms_item_data in self.rooms:
                rooms_item = rooms_item_data.to_dict()
                rooms.append(rooms_item)

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floor_index is not UNSET:
            field_dict["floor_index"] = floor_index
        if rooms is not UNSET:
            field_dict["rooms"] = rooms
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanFloor", "", "an object", src_dict)
        d = dict(src_dict)
        _floor_index = d.pop("floor_index", UNSET)
        floor_index: int | Unset = UNSET
        if _floor_index is not UNSET:
            if not isinstance(_floor_index, int) or isinstance(_floor_index, bool):
                raise ResponseValidationError.unexpected("FloorPlanFloor", "floor_index", "an integer", _floor_index)
            floor_index = _floor_index

        _rooms = d.pop("rooms", UNSET)
        rooms: list[FloorPlanRoom] | Unset = UNSET
        if _rooms is not UNSET:
            if not isinstance(_rooms, list):
                raise ResponseValidationError.unexpected("FloorPlanFloor", "rooms", "a list", _rooms)
            rooms_items: list[FloorPlanRoom] = []
            for rooms_index, rooms_item in enumerate(_rooms):
                if not isinstance(rooms_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanFloor", "rooms" + f"[{rooms_index}]", "an object", rooms_item
                    )
                try:
                    rooms_parsed = FloorPlanRoom.from_dict(rooms_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanFloor", "rooms" + f"[{rooms_index}]") from None

                rooms_items.append(rooms_parsed)
            rooms = rooms_items

        _rules = d.pop("rules", UNSET)
        rules: FloorPlanRules | Unset = UNSET
        if _rules is not UNSET:
            if not isinstance(_rules, dict):
                raise ResponseValidationError.unexpected("FloorPlanFloor", "rules", "an object", _rules)
            try:
                rules = FloorPlanRules.from_dict(_rules)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanFloor", "rules") from None

        _parsed = cls(
            floor_index=floor_index,
            rooms=rooms,
            rules=rules,
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
from ..models.floor_plan_room import FloorPlanRoom
from ..models.floor_plan_rules import FloorPlanRules
