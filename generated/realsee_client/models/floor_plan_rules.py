from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plane_point import PlanePoint


T = TypeVar("T", bound="FloorPlanRules")


@_attrs_define
class FloorPlanRules:
    """The dimension lines on each side of the plan, each a list of segments (lists of points).

    Attributes:
        bottom (list[list[PlanePoint]] | Unset):
        left (list[list[PlanePoint]] | Unset):
        right (list[list[PlanePoint]] | Unset):
        top (list[list[PlanePoint]] | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    bottom: list[list[PlanePoint]] | Unset = UNSET
    left: list[list[PlanePoint]] | Unset = UNSET
    right: list[list[PlanePoint]] | Unset = UNSET
    top: list[list[PlanePoint]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bottom: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.bottom, Unset):
            bottom = []
            for bottom_item_data in self.bottom:
                bottom_item = []
                for bottom_item_item_data in bottom_item_data:
                    bottom_item_item = bottom_item_item_data.to_dict()
                    bottom_item.append(bottom_item_item)

                bottom.append(bottom_item)

        left: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.left, Unset):
            left = []
            for left_item_data in self.left:
                left_item = []
                for left_item_item_data in left_item_data:
                    left_item_item = left_item_item_data.to_dict()
                    left_item.append(left_item_item)

                left.append(left_item)

        right: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.right, Unset):
            right = []
            for right_item_data in self.right:
                right_item = []
                for right_item_item_data in right_item_data:
                    right_item_item = right_item_item_data.to_dict()
                    right_item.append(right_item_item)

                right.append(right_item)

        top: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.top, Unset):
            top = []
            for top_item_data in self.top:
                top_item = []
                for top_item_item_data in top_item_data:
                    top_item_item = top_item_item_data.to_dict()
                    top_item.append(top_item_item)

                top.append(top_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bottom is not UNSET:
            field_dict["bottom"] = bottom
        if left is not UNSET:
            field_dict["left"] = left
        if right is not UNSET:
            field_dict["right"] = right
        if top is not UNSET:
            field_dict["top"] = top

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanRules", "", "an object", src_dict)
        d = dict(src_dict)
        _bottom = d.pop("bottom", UNSET)
        bottom: list[list[PlanePoint]] | Unset = UNSET
        if _bottom is not UNSET:
            if not isinstance(_bottom, list):
                raise ResponseValidationError.unexpected("FloorPlanRules", "bottom", "a list", _bottom)
            bottom_items: list[list[PlanePoint]] = []
            for bottom_index, bottom_item in enumerate(_bottom):
                if not isinstance(bottom_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRules", "bottom" + f"[{bottom_index}]", "a list", bottom_item
                    )
                bottom_parsed_items: list[PlanePoint] = []
                for bottom_parsed_index, bottom_parsed_item in enumerate(bottom_item):
                    if not isinstance(bottom_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanRules",
                            "bottom" + f"[{bottom_index}]" + f"[{bottom_parsed_index}]",
                            "an object",
                            bottom_parsed_item,
                        )
                    try:
                        bottom_parsed_parsed = PlanePoint.from_dict(bottom_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanRules", "bottom" + f"[{bottom_index}]" + f"[{bottom_parsed_index}]"
                        ) from None

                    bottom_parsed_items.append(bottom_parsed_parsed)
                bottom_parsed = bottom_parsed_items

                bottom_items.append(bottom_parsed)
            bottom = bottom_items

        _left = d.pop("left", UNSET)
        left: list[list[PlanePoint]] | Unset = UNSET
        if _left is not UNSET:
            if not isinstance(_left, list):
                raise ResponseValidationError.unexpected("FloorPlanRules", "left", "a list", _left)
            left_items: list[list[PlanePoint]] = []
            for left_index, left_item in enumerate(_left):
                if not isinstance(left_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRules", "left" + f"[{left_index}]", "a list", left_item
                    )
                left_parsed_items: list[PlanePoint] = []
                for left_parsed_index, left_parsed_item in enumerate(left_item):
                    if not isinstance(left_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanRules",
                            "left" + f"[{left_index}]" + f"[{left_parsed_index}]",
                            "an object",
                            left_parsed_item,
                        )
                    try:
                        left_parsed_parsed = PlanePoint.from_dict(left_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanRules", "left" + f"[{left_index}]" + f"[{left_parsed_index}]"
                        ) from None

                    left_parsed_items.append(left_parsed_parsed)
                left_parsed = left_parsed_items

                left_items.append(left_parsed)
            left = left_items

        _right = d.pop("right", UNSET)
        right: list[list[PlanePoint]] | Unset = UNSET
        if _right is not UNSET:
            if not isinstance(_right, list):
                raise ResponseValidationError.unexpected("FloorPlanRules", "right", "a list", _right)
            right_items: list[list[PlanePoint]] = []
            for right_index, right_item in enumerate(_right):
                if not isinstance(right_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRules", "right" + f"[{right_index}]", "a list", right_item
                    )
                right_parsed_items: list[PlanePoint] = []
                for right_parsed_index, right_parsed_item in enumerate(right_item):
                    if not isinstance(right_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanRules",
                            "right" + f"[{right_index}]" + f"[{right_parsed_index}]",
                            "an object",
                            right_parsed_item,
                        )
                    try:
                        right_parsed_parsed = PlanePoint.from_dict(right_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanRules", "right" + f"[{right_index}]" + f"[{right_parsed_index}]"
                        ) from None

                    right_parsed_items.append(right_parsed_parsed)
                right_parsed = right_parsed_items

                right_items.append(right_parsed)
            right = right_items

        _top = d.pop("top", UNSET)
        top: list[list[PlanePoint]] | Unset = UNSET
        if _top is not UNSET:
            if not isinstance(_top, list):
                raise ResponseValidationError.unexpected("FloorPlanRules", "top", "a list", _top)
            top_items: list[list[PlanePoint]] = []
            for top_index, top_item in enumerate(_top):
                if not isinstance(top_item, list):
                    raise ResponseValidationError.unexpected(
                        "FloorPlanRules", "top" + f"[{top_index}]", "a list", top_item
                    )
                top_parsed_items: list[PlanePoint] = []
                for top_parsed_index, top_parsed_item in enumerate(top_item):
                    if not isinstance(top_parsed_item, dict):
                        raise ResponseValidationError.unexpected(
                            "FloorPlanRules",
                            "top" + f"[{top_index}]" + f"[{top_parsed_index}]",
                            "an object",
                            top_parsed_item,
                        )
                    try:
                        top_parsed_parsed = PlanePoint.from_dict(top_parsed_item)
                    except ResponseValidationError as error:
                        raise error.inside(
                            "FloorPlanRules", "top" + f"[{top_index}]" + f"[{top_parsed_index}]"
                        ) from None

                    top_parsed_items.append(top_parsed_parsed)
                top_parsed = top_parsed_items

                top_items.append(top_parsed)
            top = top_items

        _parsed = cls(
            bottom=bottom,
            left=left,
            right=right,
            top=top,
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
