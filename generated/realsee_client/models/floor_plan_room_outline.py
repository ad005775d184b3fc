from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plane_point import PlanePoint


T = TypeVar("T", bound="FloorPlanRoomOutline")


@_attrs_define
class FloorPlanRoomOutline:
    """A room's outline.

    Attributes:
        floor_type (int | Unset): The kind of floor.
        id (str | Unset): The room's id.
        path (list[PlanePoint] | Unset): The outline.
        room_type (str | Unset): The kind of room.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    floor_type: int | Unset = UNSET
    id: str | Unset = UNSET
    path: list[PlanePoint] | Unset = UNSET
    room_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        floor_type = self.floor_type

        id = self.id

        path: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item = path_item_data.to_dict()
                path.append(path_item)

        room_type = self.room_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if floor_type is not UNSET:
            field_dict["floor_type"] = floor_type
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if room_type is not UNSET:
            field_dict["room_type"] = room_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanRoomOutline", "", "an object", src_dict)
        d = dict(src_dict)
        _floor_type = d.pop("floor_type", UNSET)
        floor_type: int | Unset = UNSET
        if _floor_type is not UNSET:
            if not isinstance(_floor_type, int) or isinstance(_floor_type, bool):
                raise ResponseValidationError.unexpected(
                    "FloorPlanRoomOutline", "floor_type", "an integer", _floor_type
                )
            floor_type = _floor_type

        _id = d.pop("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, str):
                raise ResponseValidationError.unexpected("FloorPlanRoomOutline", "id", "a string", _id)
            id = _id

        _path = d.pop("path", UNSET)
        path: list[PlanePoint] | Unset = UNSET
        if _path is not UNSET:
            if not isinstance(_path, list):
                raise ResponseValidationError.unexpected("FloorPlanRoomOutline", "path", "a list", _path)
            path_items: list[PlanePoint] = []
            for path_index, path_item in enumerate(_path):
                if not isinstance(path_item, dict):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRoomOutline", "path" + f"[{path_index}]", "an object", path_item
                    )
                try:
                    path_parsed = PlanePoint.from_dict(path_item)
                except ResponseValidationError as error:
                    raise error.inside("FloorPlanRoomOutline", "path" + f"[{path_index}]") from None

                path_items.append(path_parsed)
            path = path_items

        _room_type = d.pop("room_type", UNSET)
        room_type: str | Unset = UNSET
        if _room_type is not UNSET:
            if not isinstance(_room_type, str):
                raise ResponseValidationError.unexpected("FloorPlanRoomOutline", "room_type", "a string", _room_type)
            room_type = _room_type

        _parsed = cls(
            floor_type=floor_type,
            id=id,
            path=path,
            room_type=room_type,
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
