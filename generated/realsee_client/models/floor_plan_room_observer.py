from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="FloorPlanRoomObserver")


@_attrs_define
class FloorPlanRoomObserver:
    """The observation point of a room.

    Attributes:
        id (str | Unset): Its id.
        name (str | Unset): Its name.
        pano_index (int | Unset): The panorama's index.
        room_id (str | Unset): The room's id.
        size (float | Unset): The room's area.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    pano_index: int | Unset = UNSET
    room_id: str | Unset = UNSET
    size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        pano_index = self.pano_index

        room_id = self.room_id

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if pano_index is not UNSET:
            field_dict["pano_index"] = pano_index
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanRoomObserver", "", "an object", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, str):
                raise ResponseValidationError.unexpected("FloorPlanRoomObserver", "id", "a string", _id)
            id = _id

        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("FloorPlanRoomObserver", "name", "a string", _name)
            name = _name

        _pano_index = d.pop("pano_index", UNSET)
        pano_index: int | Unset = UNSET
        if _pano_index is not UNSET:
            if not isinstance(_pano_index, int) or isinstance(_pano_index, bool):
                raise ResponseValidationError.unexpected(
                    "FloorPlanRoomObserver", "pano_index", "an integer", _pano_index
                )
            pano_index = _pano_index

        _room_id = d.pop("room_id", UNSET)
        room_id: str | Unset = UNSET
        if _room_id is not UNSET:
            if not isinstance(_room_id, str):
                raise ResponseValidationError.unexpected("FloorPlanRoomObserver", "room_id", "a string", _room_id)
            room_id = _room_id

        _size = d.pop("size", UNSET)
        size: float | Unset = UNSET
        if _size is not UNSET:
            if not isinstance(_size, (int, float)) or isinstance(_size, bool):
                raise ResponseValidationError.unexpected("FloorPlanRoomObserver", "size", "a number", _size)
            size = _size

        _parsed = cls(
            id=id,
            name=name,
            pano_index=pano_index,
            room_id=room_id,
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
