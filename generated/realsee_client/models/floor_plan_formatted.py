from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floor_plan_bounding import FloorPlanBounding
    from ..models.floor_plan_room_observer import FloorPlanRoomObserver
    from ..models.floor_plan_room_outline import FloorPlanRoomOutline
    from ..models.floor_plan_room_tag import FloorPlanRoomTag


T = TypeVar("T", bound="FloorPlanFormatted")


@_attrs_define
class FloorPlanFormatted:
    """The floor plan reformatted from `computed_data`.

    Attributes:
        bounding (FloorPlanBounding | Unset): The plan's bounds.
        entrance (None | str | Unset): The entrance, when known.
        floor_names (list[None | str] | Unset): Each floor's name, when it has one.
        room_labels (list[list[FloorPlanRoomTag]] | Unset): The room labels of each floor.
        room_observers (list[FloorPlanRoomObserver] | Unset): The observation point that stands for each room.
        rooms (list[list[FloorPlanRoomOutline]] | Unset): The rooms of each floor.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    bounding: FloorPlanBounding | Unset = UNSET
    entrance: None | str | Unset = UNSET
    floor_names: list[None | str] | Unset = UNSET
    room_labels: list[list[FloorPlanRoomTag]] | Unset = UNSET
    room_observers: list[FloorPlanRoomObserver] | Unset = UNSET
    rooms: list[list[FloorPlanRoomOutline]] | Unset = UNSET
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

        floor_names: list[None | str] | Unset = UNSET
        if not isinstance(self.floor_names, Unset):
            floor_names = []
            for floor_names_item_data in self.floor_names:
                floor_names_item: None | str
                floor_names_item = floor_names_item_data
                floor_names.append(floor_names_item)

        room_labels: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.room_labels, Unset):
            room_labels = []
            for room_labels_item_data in self.room_labels:
                room_labels_item = []
                for room_labels_item_item_data in room_labels_item_data:
                    room_labels_item_item = room_labels_item_item_data.to_dict()
                    room_labels_item.append(room_labels_item_item)

                room_labels.append(room_labels_item)

        room_observers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.room_observers, Unset):
            room_observers = []
            for room_observers_item_data in self.room_observers:
                room_observers_item = room_observers_item_data.to_dict()
                room_observers.append(room_observers_item)

        rooms: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.rooms, Unset):
            rooms = []
            for rooms_item_data in self.rooms:
                rooms_item = []
                for rooms_item_item_data in rooms_item_data:
                    rooms_item_item = rooms_item_item_data.to_dict()
                    rooms_item.append(rooms_item_item)

                rooms.append(rooms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounding is not UNSET:
            field_dict["bounding"] = bounding
        if entrance is not UNSET:
            field_dict["entrance"] = entrance
        if floor_names is not UNSET:
            field_dict["floor_names"] = floor_names
        if room_labels is not UNSET:
            field_dict["room_labels"] = room_labels
        if room_observers is not UNSET:
            field_dict["room_observers"] = room_observers
        if rooms is not UNSET:
            field_dict["rooms"] = rooms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanFormatted", "", "an object", src_dict)
        d = dict(src_dict)
        _bounding = d.pop("bounding", UNSET)
        bounding: FloorPlanBounding | Unset = UNSET
        if _bounding is not UNSET:
            if not isinstance(_bounding, dict):
                raise ResponseValidationError.unexpected("FloorPlanFormatted", "bounding", "an object", _bounding)
            try:
                bounding = FloorPlanBounding.from_dict(_bounding)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanFormatted", "bounding") from None

        _entrance = d.pop("entrance", UNSET)
        entrance: None | str | Unset = UNSET
        if _entrance is not UNSET:

            def _parse_entrance(data: object) -> None | str:
                if isinstance(data, str):
                    return data
                if data is None:
                    return None
                raise ResponseValidationError.unexpected("FloorPlanFormatted", "entrance", "a string or null", data)

            entrance = _parse_entrance(_entrance)

        _floor_names = d.pop("floor_names", UNSET)
        floor_names: list[None | str] | Unset = UNSET
        if _floor_names is not UNSET:
            if not isinstance(_floor_names, list):
                raise ResponseValidationError.unexpected("FloorPlanFormatted", "floor_names", "a list", _floor_names)
            floor_names_items: list[None | str] = []
            for floor_names_index, floor_names_item in enumerate(_floor_names):

                def _parse_floor_names_parsed(data: object) -> None | str:
                    if isinstance(data, str):
                        return data
                    if data is None:
                        return None
                    raise ResponseValidationError.unexpected(
                        "FloorPlanFormatted", "floor_names" + f"[{floor_names_index}]", "a string or null", data
                    )

                floor_names_parsed = _parse_floor_names_parsed(floor_names_item)

                floor_names_items.append(floor_names_parsed)
            floor_names = floor_names_items

        _room_labels = d.pop("room_labels", UNSET)
        room_labels: list[list[FloorPlanRoomTag]] | Unset = UNSET
        if _room_labels is not UNSET:
            if not isinstance(_room_labels, list):
                raise ResponseValidationError.unexpected("FloorPlanFormatted", "room_labels", "a list", _room_labels)
            room_labels_items: list[list[FloorPlanRoomTag]] = []
            for room_labels_index, room_labels_item in enumerate(_room_labels):
                if not isinstance(room_labels_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanFormatted", "room_labels" + f"[{room_labels_index}]", "a list", room_labels_item
                    )
                room_labels_parsed_items: list[FloorPlanRoomTag] = []
                for room_labels_parsed_index, room_labels_parsed_item in enumerate(room_labels_item):
                    if not isinstance(room_labels_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanFormatted",
                            "room_labels" + f"[{room_labels_index}]" + f"[{room_labels_parsed_index}]",
                            "an object",
                            room_labels_parsed_item,
                        )
                    try:
                        room_labels_parsed_parsed = FloorPlanRoomTag.from_dict(room_labels_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanFormatted",
                            "room_labels" + f"[{room_labels_index}]" + f"[{room_labels_parsed_index}]",
                        ) from None

                    room_labels_parsed_items.append(room_labels_parsed_parsed)
                room_labels_parsed = room_labels_parsed_items

                room_labels_items.append(room_labels_parsed)
            room_labels = room_labels_items

        _room_observers = d.pop("room_observers", UNSET)
        room_observers: list[FloorPlanRoomObserver] | Unset = UNSET
        if _room_observers is not UNSET:
            if not isinstance(_room_observers, list):
                raise ResponseValidationError.unexpected(
                    "FloorPlanFormatted", "room_observers", "a list", _room_observers
                )
            room_observers_items: list[FloorPlanRoomObserver] = []
            for room_observers_index, room_observers_item in enumerate(_room_observers):
                if not isinstance(room_observers_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanFormatted",
                        "room_observers" + f"[{room_observers_index}]",
                        "an object",
                        room_observers_item,
                    )
                try:
                    room_observers_parsed = FloorPlanRoomObserver.from_dict(room_observers_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanFormatted", "room_observers" + f"[{room_observers_index}]") from None

                room_observers_items.append(room_observers_parsed)
            room_observers = room_observers_items

        _rooms = d.pop("rooms", UNSET)
        rooms: list[list[FloorPlanRoomOutline]] | Unset = UNSET
        if _rooms is not UNSET:
            if not isinstance(_rooms, list):
                raise ResponseValidationError.unexpected("FloorPlanFormatted", "rooms", "a list", _rooms)
            rooms_items: list[list[FloorPlanRoomOutline]] = []
            for rooms_index, rooms_item in enumerate(_rooms):
                if not isinstance(rooms_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanFormatted", "rooms" + f"[{rooms_index}]", "a list", rooms_item
                    )
                rooms_parsed_items: list[FloorPlanRoomOutline] = []
                for rooms_parsed_index, rooms_parsed_item in enumerate(rooms_item):
                    if not isinstance(rooms_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanFormatted",
                            "rooms" + f"[{rooms_index}]" + f"[{rooms_parsed_index}]",
                            "an object",
                            rooms_parsed_item,
                        )
                    try:
                        rooms_parsed_parsed = FloorPlanRoomOutline.from_dict(rooms_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanFormatted", "rooms" + f"[{rooms_index}]" + f"[{rooms_parsed_index}]"
                        ) from None

                    rooms_parsed_items.append(rooms_parsed_parsed)
                rooms_parsed = rooms_parsed_items

                rooms_items.append(rooms_parsed)
            rooms = rooms_items

        _parsed = cls(
            bounding=bounding,
            entrance=entrance,
            floor_names=floor_names,
            room_labels=room_labels,
            room_observers=room_observers,
            rooms=rooms,
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
from ..models.floor_plan_room_observer import FloorPlanRoomObserver
from ..models.floor_plan_room_outline import FloorPlanRoomOutline
from ..models.floor_plan_room_tag import FloorPlanRoomTag
