from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floor_plan_bounding import FloorPlanBounding
    from ..models.floor_plan_floor import FloorPlanFloor
    from ..models.floor_plan_observer import FloorPlanObserver


T = TypeVar("T", bound="FloorPlanComputed")


@_attrs_define
class FloorPlanComputed:
    """The floor plan as computed: rooms, rulers and observers. (The vendor's table gives a VR
    code as this object's example; the spec takes the schema's shape.)

    Attributes:
        bounding (FloorPlanBounding | Unset): The plan's bounds.
        entrance (None | str | Unset): The entrance, when known.
        floor_datas (list[FloorPlanFloor] | Unset): Each floor.
        observers (list[FloorPlanObserver] | Unset): Where each observation point is on the plan.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    bounding: FloorPlanBounding | Unset = UNSET
    entrance: None | str | Unset = UNSET
    floor_datas: list[FloorPlanFloor] | Unset = UNSET
    observers: list[FloorPlanObserver] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding, Unset):
            bounding = self.bounding.to_dict()

        entrance: None | str | Unset
        if isinstance(self.entrance, Unset):
            entrance = UNSET
        else:
            entrance = self.entrance

        floor_datas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.floor_datas, Unset):
            floor_datas = []
            for floor_datas_item_data in self.floor_datas:
                floor_datas_item = floor_datas_item_data.to_dict()
                floor_datas.append(floor_datas_item)

        observers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.observers, Unset):
            observers = []
            for observers_item_data in self.observers:
                observers_item = observers_item_data.to_dict()
                observers.append(observers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounding is not UNSET:
            field_dict["bounding"] = bounding
        if entrance is not UNSET:
            field_dict["entrance"] = entrance
        if floor_datas is not UNSET:
            field_dict["floor_datas"] = floor_datas
        if observers is not UNSET:
            field_dict["observers"] = observers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanComputed", "", "an object", src_dict)
        d = dict(src_dict)
        _bounding = d.pop("bounding", UNSET)
        bounding: FloorPlanBounding | Unset = UNSET
        if _bounding is not UNSET:
            if not isinstance(_bounding, dict):
                raise ResponseValidationError.unexpected("FloorPlanComputed", "bounding", "an object", _bounding)
            try:
                bounding = FloorPlanBounding.from_dict(_bounding)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanComputed", "bounding") from None

        _entrance = d.pop("entrance", UNSET)
        entrance: None | str | Unset = UNSET
        if _entrance is not UNSET:

            def _parse_entrance(data: object) -> None | str:
                if isinstance(data, str):
                    return data
                if data is None:
                    return None
                raise ResponseValidationError.unexpected("FloorPlanComputed", "entrance", "a string or null", data)

            entrance = _parse_entrance(_entrance)

        _floor_datas = d.pop("floor_datas", UNSET)
        floor_datas: list[FloorPlanFloor] | Unset = UNSET
        if _floor_datas is not UNSET:
            if not isinstance(_floor_datas, list):
                raise ResponseValidationError.unexpected("FloorPlanComputed", "floor_datas", "a list", _floor_datas)
            floor_datas_items: list[FloorPlanFloor] = []
            for floor_datas_index, floor_datas_item in enumerate(_floor_datas):
                if not isinstance(floor_datas_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanComputed", "floor_datas" + f"[{floor_datas_index}]", "an object", floor_datas_item
                    )
                try:
                    floor_datas_parsed = FloorPlanFloor.from_dict(floor_datas_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanComputed", "floor_datas" + f"[{floor_datas_index}]") from None

                floor_datas_items.append(floor_datas_parsed)
            floor_datas = floor_datas_items

        _observers = d.pop("observers", UNSET)
        observers: list[FloorPlanObserver] | Unset = UNSET
        if _observers is not UNSET:
            if not isinstance(_observers, list):
                raise ResponseValidationError.unexpected("FloorPlanComputed", "observers", "a list", _observers)
            observers_items: list[FloorPlanObserver] = []
            for observers_index, observers_item in enumerate(_observers):
                if not isinstance(observers_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanComputed", "observers" + f"[{observers_index}]", "an object", observers_item
                    )
                try:
                    observers_parsed = FloorPlanObserver.from_dict(observers_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanComputed", "observers" + f"[{observers_index}]") from None

                observers_items.append(observers_parsed)
            observers = observers_items

        _parsed = cls(
            bounding=bounding,
            entrance=entrance,
            floor_datas=floor_datas,
            observers=observers,
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
from ..models.floor_plan_bounding import FloorPlanBounding
from ..models.floor_plan_floor import FloorPlanFloor
from ..models.floor_plan_observer import FloorPlanObserver
