from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_area import DesignArea
    from ..models.design_line import DesignLine
    from ..models.design_line_item import DesignLineItem
    from ..models.design_point import DesignPoint


T = TypeVar("T", bound="DesignFloorPlan")


@_attrs_define
class DesignFloorPlan:
    """One floor plan as points, lines, door and window items, and areas.

    Attributes:
        areas (list[DesignArea] | Unset): The areas (rooms).
        line_items (list[DesignLineItem] | Unset): Doors, windows and other items on the lines.
        lines (list[DesignLine] | Unset): The lines (walls).
        points (list[DesignPoint] | Unset): The points.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    areas: list[DesignArea] | Unset = UNSET
    line_items: list[DesignLineItem] | Unset = UNSET
    lines: list[DesignLine] | Unset = UNSET
    points: list[DesignPoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = []
            for areas_item_data in self.areas:
                areas_item = areas_item_data.to_dict()
                areas.append(areas_item)

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if areas is not UNSET:
            field_dict["areas"] = areas
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if lines is not UNSET:
            field_dict["lines"] = lines
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignFloorPlan", "", "an object", src_dict)
        d = dict(src_dict)
        _areas = d.pop("areas", UNSET)
        areas: list[DesignArea] | Unset = UNSET
        if _areas is not UNSET:
            if not isinstance(_areas, list):
                raise ResponseValidationError.unexpected("DesignFloorPlan", "areas", "a list", _areas)
            areas_items: list[DesignArea] = []
            for areas_index, areas_item in enumerate(_areas):
                if not isinstance(areas_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignFloorPlan", "areas" + f"[{areas_index}]", "an object", areas_item
                    )
                try:
                    areas_parsed = DesignArea.from_dict(areas_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignFloorPlan", "areas" + f"[{areas_index}]") from None

                areas_items.append(areas_parsed)
            areas = areas_items

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[DesignLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            if not isinstance(_line_items, list):
                raise ResponseValidationError.unexpected("DesignFloorPlan", "lineItems", "a list", _line_items)
            line_items_items: list[DesignLineItem] = []
            for line_items_index, line_items_item in enumerate(_line_items):
                if not isinstance(line_items_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignFloorPlan", "lineItems" + f"[{line_items_index}]", "an object", line_items_item
                    )
                try:
                    line_items_parsed = DesignLineItem.from_dict(line_items_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignFloorPlan", "lineItems" + f"[{line_items_index}]") from None

                line_items_items.append(line_items_parsed)
            line_items = line_items_items

        _lines = d.pop("lines", UNSET)
        lines: list[DesignLine] | Unset = UNSET
        if _lines is not UNSET:
            if not isinstance(_lines, list):
                raise ResponseValidationError.unexpected("DesignFloorPlan", "lines", "a list", _lines)
            lines_items: list[DesignLine] = []
            for lines_index, lines_item in enumerate(_lines):
                if not isinstance(lines_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignFloorPlan", "lines" + f"[{lines_index}]", "an object", lines_item
                    )
                try:
                    lines_parsed = DesignLine.from_dict(lines_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignFloorPlan", "lines" + f"[{lines_index}]") from None

                lines_items.append(lines_parsed)
            lines = lines_items

        _points = d.pop("points", UNSET)
        points: list[DesignPoint] | Unset = UNSET
        if _points is not UNSET:
            if not isinstance(_points, list):
                raise ResponseValidationError.unexpected("DesignFloorPlan", "points", "a list", _points)
            points_items: list[DesignPoint] = []
            for points_index, points_item in enumerate(_points):
                if not isinstance(points_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignFloorPlan", "points" + f"[{points_index}]", "an object", points_item
                    )
                try:
                    points_parsed = DesignPoint.from_dict(points_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignFloorPlan", "points" + f"[{points_index}]") from None

                points_items.append(points_parsed)
            points = points_items

        _parsed = cls(
            areas=areas,
            line_items=line_items,
            lines=lines,
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


# The models this one parses and serialises, imported after the class so that models referring to
# each other import in any order, and found as globals rather than imported on every call.
from ..models.design_area import DesignArea
from ..models.design_line import DesignLine
from ..models.design_line_item import DesignLineItem
from ..models.design_point import DesignPoint
