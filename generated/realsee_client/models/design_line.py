from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="DesignLine")


@_attrs_define
class DesignLine:
    """A line (wall) between two points.

    Attributes:
        id (str): Unique within the layout.
        points (list[str]): The ids of its two end points.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    id: str
    points: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignLine", "", "an object", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        if not isinstance(_id, str):
            raise ResponseValidationError.unexpected("DesignLine", "id", "a string", _id)
        id = _id

        _points = d.pop("points", UNSET)
        if not isinstance(_points, list):
            raise ResponseValidationError.unexpected("DesignLine", "points", "a list", _points)
        points_items: list[str] = []
        for points_index, points_item in enumerate(_points):
            if not isinstance(points_item, str):
                raise ResponseValidationError.unexpected(
                    "DesignLine", "points" + f"[{points_index}]", "a string", points_item
                )
            points_parsed = points_item

            points_items.append(points_parsed)
        points = points_items

        _parsed = cls(
            id=id,
            points=points,
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
