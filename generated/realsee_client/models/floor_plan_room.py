from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floor_plan_room_label import FloorPlanRoomLabel
    from ..models.plane_point import PlanePoint


T = TypeVar("T", bound="FloorPlanRoom")


@_attrs_define
class FloorPlanRoom:
    """A room of a floor.

    Attributes:
        floor_type (int | Unset): The kind of floor.
        id (str | Unset): The room's id.
        name (str | Unset): The room's name.
        observer_indexs (list[int] | Unset): The observation points in the room (the vendor's spelling).
        path (list[PlanePoint] | Unset): The room's outline.
        room_label (FloorPlanRoomLabel | Unset): Where a room's label goes.
        room_type (str | Unset): The kind of room.
        size (float | Unset): The room's area.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    floor_type: int | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    observer_indexs: list[int] | Unset = UNSET
    path: list[PlanePoint] | Unset = UNSET
    room_label: FloorPlanRoomLabel | Unset = UNSET
    room_type: str | Unset = UNSET
    size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_type = self.floor_type

        id = self.id

        name = self.name

        observer_indexs: list[int] | Unset = UNSET
        if not isinstance(self.observer_indexs, Unset):
            observer_indexs = self.observer_indexs

        path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        room_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_label, Unset):
            room_label = self.room_label.to_dict()

        room_type = self.room_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floor_type is not UNSET:
            field_dict["floor_type"] = floor_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if observer_indexs is not UNSET:
            field_dict["observer_indexs"] = observer_indexs
        if path is not UNSET:
            field_dict["path"] = path
        if room_label is not UNSET:
            field_dict["room_label"] = room_label
        if room_type is not UNSET:
            field_dict["room_type"] = room_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanRoom", "", "an object", src_dict)
        d = dict(src_dict)
        _floor_type = d.pop("floor_type", UNSET)
        floor_type: int | Unset = UNSET
        if _floor_type is not UNSET:
            if not isinstance(_floor_type, int) or isinstance(_floor_type, bool):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "floor_type", "an integer", _floor_type)
            floor_type = _floor_type

        _id = d.pop("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, str):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "id", "a string", _id)
            id = _id

        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "name", "a string", _name)
            name = _name

        _observer_indexs = d.pop("observer_indexs", UNSET)
        observer_indexs: list[int] | Unset = UNSET
        if _observer_indexs is not UNSET:
            if not isinstance(_observer_indexs, list):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "observer_indexs", "a list", _observer_indexs)
            observer_indexs_items: list[int] = []
            for observer_indexs_index, observer_indexs_item in enumerate(_observer_indexs):
                if not isinstance(observer_indexs_item, int) or isinstance(observer_indexs_item, bool):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRoom",
                        "observer_indexs" + f"[{observer_indexs_index}]",
                        "an integer",
                        observer_indexs_item,
                    )
                observer_indexs_parsed = observer_indexs_item

                observer_indexs_items.append(observer_indexs_parsed)
            observer_indexs = observer_indexs_items

        _path = d.pop("path", UNSET)
        path: list[PlanePoint] | Unset = UNSET
        if _path is not UNSET:
            if not isinstance(_path, list):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "path", "a list", _path)
            path_items: list[PlanePoint] = []
            for path_index, path_item in enumerate(_path):
                if not isinstance(path_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRoom", "path" + f"[{path_index}]", "an object", path_item
                    )
                try:
                    path_parsed = PlanePoint.from_dict(path_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanRoom", "path" + f"[{path_index}]") from None

                path_items.append(path_parsed)
            path = path_items

        _room_label = d.pop("room_label", UNSET)
        room_label: FloorPlanRoomLabel | Unset = UNSET
        if _room_label is not UNSET:
            if not isinstance(_room_label, dict):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "room_label", "an object", _room_label)
            try:
                room_label = FloorPlanRoomLabel.from_dict(_room_label)
            except ResponseValidationError as error:
                raise error.inside("FloorPlanRoom", "room_label") from None

        _room_type = d.pop("room_type", UNSET)
        room_type: str | Unset = UNSET
        if _room_type is not UNSET:
            if not isinstance(_room_type, str):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "room_type", "a string", _room_type)
            room_type = _room_type

        _size = d.pop("size", UNSET)
        size: float | Unset = UNSET
        if _size is not UNSET:
            if not isinstance(_size, (int, float)) or isinstance(_size, bool):
                raise ResponseValidationError.unexpected("FloorPlanRoom", "size", "a number", _size)
            size = _size

        _parsed = cls(
            floor_type=floor_type,
            id=id,
            name=name,
            observer_indexs=observer_indexs,
            path=path,
            room_label=room_label,
            room_type=room_type,
            size=size,
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
from ..models.floor_plan_room_label import FloorPlanRoomLabel
from ..models.plane_point import PlanePoint
