from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quaternion import Quaternion


T = TypeVar("T", bound="VrObserver")


@_attrs_define
class VrObserver:
    """An observation point.

    Attributes:
        accessible_nodes (list[int] | Unset): The observation points reachable from here.
        floor_index (int | Unset): The floor it is on.
        index (int | Unset): Its index.
        offset_point_count (int | Unset): Number of offset points.
        position (list[float] | Unset): Where the camera was, in model coordinates.
        quaternion (Quaternion | Unset): The camera's rotation.
        standing_position (list[float] | Unset): Where the camera stood on the floor.
        visible_nodes (list[int] | Unset): The observation points visible from here.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    accessible_nodes: list[int] | Unset = UNSET
    floor_index: int | Unset = UNSET
    index: int | Unset = UNSET
    offset_point_count: int | Unset = UNSET
    position: list[float] | Unset = UNSET
    quaternion: Quaternion | Unset = UNSET
    standing_position: list[float] | Unset = UNSET
    visible_nodes: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessible_nodes: list[int] | Unset = UNSET
        if not isinstance(self.accessible_nodes, Unset):
            accessible_nodes = self.accessible_nodes

        floor_index = self.floor_index

        index = self.index

        offset_point_count = self.offset_point_count

        position: list[float] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position

        quaternion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quaternion, Unset):
            quaternion = self.quaternion.to_dict()

        standing_position: list[float] | Unset = UNSET
        if not isinstance(self.standing_position, Unset):
            standing_position = self.standing_position

        visible_nodes: list[int] | Unset = UNSET
        if not isinstance(self.visible_nodes, Unset):
            visible_nodes = self.visible_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accessible_nodes is not UNSET:
            field_dict["accessible_nodes"] = accessible_nodes
        if floor_index is not UNSET:
            field_dict["floor_index"] = floor_index
        if index is not UNSET:
            field_dict["index"] = index
        if offset_point_count is not UNSET:
            field_dict["offset_point_count"] = offset_point_count
        if position is not UNSET:
            field_dict["position"] = position
        if quaternion is not UNSET:
            field_dict["quaternion"] = quaternion
        if standing_position is not UNSET:
            field_dict["standing_position"] = standing_position
        if visible_nodes is not UNSET:
            field_dict["visible_nodes"] = visible_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrObserver", "", "an object", src_dict)
        d = dict(src_dict)
        _accessible_nodes = d.pop("accessible_nodes", UNSET)
        accessible_nodes: list[int] | Unset = UNSET
        if _accessible_nodes is not UNSET:
            if not isinstance(_accessible_nodes, list):
                raise ResponseValidationError.unexpected("VrObserver", "accessible_nodes", "a list", _accessible_nodes)
            accessible_nodes_items: list[int] = []
            for accessible_nodes_index, accessible_nodes_item in enumerate(_accessible_nodes):
                if not isinstance(accessible_nodes_item, int) or isinstance(accessible_nodes_item, bool):
                    raise ResponseValidationError.unexpected(
                        "VrObserver",
                        "accessible_nodes" + f"[{accessible_nodes_index}]",
                        "an integer",
                        accessible_nodes_item,
                    )
                accessible_nodes_parsed = accessible_nodes_item

                accessible_nodes_items.append(accessible_nodes_parsed)
            accessible_nodes = accessible_nodes_items

        _floor_index = d.pop("floor_index", UNSET)
        floor_index: int | Unset = UNSET
        if _floor_index is not UNSET:
            if not isinstance(_floor_index, int) or isinstance(_floor_index, bool):
                raise ResponseValidationError.unexpected("VrObserver", "floor_index", "an integer", _floor_index)
            floor_index = _floor_index

        _index = d.pop("index", UNSET)
        index: int | Unset = UNSET
        if _index is not UNSET:
            if not isinstance(_index, int) or isinstance(_index, bool):
                raise ResponseValidationError.unexpected("VrObserver", "index", "an integer", _index)
            index = _index

        _offset_point_count = d.pop("offset_point_count", UNSET)
        offset_point_count: int | Unset = UNSET
        if _offset_point_count is not UNSET:
            if not isinstance(_offset_point_count, int) or isinstance(_offset_point_count, bool):
                raise ResponseValidationError.unexpected(
                    "VrObserver", "offset_point_count", "an integer", _offset_point_count
                )
            offset_point_count = _offset_point_count

        _position = d.pop("position", UNSET)
        position: list[float] | Unset = UNSET
        if _position is not UNSET:
            if not isinstance(_position, list):
                raise ResponseValidationError.unexpected("VrObserver", "position", "a list", _position)
            position_items: list[float] = []
            for position_index, position_item in enumerate(_position):
                if not isinstance(position_item, (int, float)) or isinstance(position_item, bool):
                    raise ResponseValidationError.unexpected(
                        "VrObserver", "position" + f"[{position_index}]", "a number", position_item
                    )
                position_parsed = position_item

                position_items.append(position_parsed)
            position = position_items

        _quaternion = d.pop("quaternion", UNSET)
        quaternion: Quaternion | Unset = UNSET
        if _quaternion is not UNSET:
            if not isinstance(_quaternion, dict):
                raise ResponseValidationError.unexpected("VrObserver", "quaternion", "an object", _quaternion)
            try:
                quaternion = Quaternion.from_dict(_quaternion)
            except ResponseValidationError as error:
                raise error.inside("VrObserver", "quaternion") from None

        _standing_position = d.pop("standing_position", UNSET)
        standing_position: list[float] | Unset = UNSET
        if _standing_position is not UNSET:
            if not isinstance(_standing_position, list):
                raise ResponseValidationError.unexpected(
                    "VrObserver", "standing_position", "a list", _standing_position
                )
            standing_position_items: list[float] = []
            for standing_position_index, standing_position_item in enumerate(_standing_position):
                if not isinstance(standing_position_item, (int, float)) or isinstance(standing_position_item, bool):
                    raise ResponseValidationError.unexpected(
                        "VrObserver",
                        "standing_position" + f"[{standing_position_index}]",
                        "a number",
                        standing_position_item,
                    )
                standing_position_parsed = standing_position_item

                standing_position_items.append(standing_position_parsed)
            standing_position = standing_position_items

        _visible_nodes = d.pop("visible_nodes", UNSET)
        visible_nodes: list[int] | Unset = UNSET
        if _visible_nodes is not UNSET:
            if not isinstance(_visible_nodes, list):
                raise ResponseValidationError.unexpected("VrObserver", "visible_nodes", "a list", _visible_nodes)
            visible_nodes_items: list[int] = []
            for visible_nodes_index, visible_nodes_item in enumerate(_visible_nodes):
                if not isinstance(visible_nodes_item, int) or isinstance(visible_nodes_item, bool):
                    raise ResponseValidationError.unexpected(
                        "VrObserver", "visible_nodes" + f"[{visible_nodes_index}]", "an integer", visible_nodes_item
                    )
                visible_nodes_parsed = visible_nodes_item

                visible_nodes_items.append(visible_nodes_parsed)
            visible_nodes = visible_nodes_items

        _parsed = cls(
            accessible_nodes=accessible_nodes,
            floor_index=floor_index,
            index=index,
            offset_point_count=offset_point_count,
            position=position,
            quaternion=quaternion,
            standing_position=standing_position,
            visible_nodes=visible_nodes,
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
from ..models.quaternion import Quaternion
