from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.floor_plan_computed import FloorPlanComputed
    from ..models.floor_plan_formatted import FloorPlanFormatted
    from ..models.floor_plan_outline import FloorPlanOutline


T = TypeVar("T", bound="FloorPlan")


@_attrs_define
class FloorPlan:
    """A work's floor plan.

    Attributes:
        outlines (list[FloorPlanOutline]): The outline images, one per floor, as SVG and JPEG.
        computed_data (FloorPlanComputed | Unset): The floor plan as computed: rooms, rulers and observers. (The
            vendor's table gives a VR
            code as this object's example; the spec takes the schema's shape.)
        format_data (FloorPlanFormatted | Unset): The floor plan reformatted from `computed_data`.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    outlines: list[FloorPlanOutline]
    computed_data: FloorPlanComputed | Unset = UNSET
    format_data: FloorPlanFormatted | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outlines = []
        for outlines_item_data in self.outlines:
            outlines_item = outlines_item_data.to_dict()
            outlines.append(outlines_item)

        computed_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.computed_data, Unset):
            computed_data = self.computed_data.to_dict()

        format_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_data, Unset):
            format_data = self.format_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outlines": outlines,
            }
        )
        if computed_data is not UNSET:
            field_dict["computed_data"] = computed_data
        if format_data is not UNSET:
            field_dict["format_data"] = format_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlan", "", "an object", src_dict)
        d = dict(src_dict)
        _outlines = d.pop("outlines", UNSET)
        if not isinstance(_outlines, list):
            raise ResponseValidationError.unexpected("FloorPlan", "outlines", "a list", _outlines)
        outlines_items: list[FloorPlanOutline] = []
        for outlines_index, outlines_item in enumerate(_outlines):
            if not isinstance(outlines_item, dict):
                raise ResponseValidationError.unexpected(
                    "FloorPlan", "outlines" + f"[{outlines_index}]", "an object", outlines_item
                )
            try:
                outlines_parsed = FloorPlanOutline.from_dict(outlines_item)
            except ResponseValidationError as error:
                raise error.inside("FloorPlan", "outlines" + f"[{outlines_index}]") from None

            outlines_items.append(outlines_parsed)
        outlines = outlines_items

        _computed_data = d.pop("computed_data", UNSET)
        computed_data: FloorPlanComputed | Unset = UNSET
        if _computed_data is not UNSET:
            if not isinstance(_computed_data, dict):
                raise ResponseValidationError.unexpected("FloorPlan", "computed_data", "an object", _computed_data)
            try:
                computed_data = FloorPlanComputed.from_dict(_computed_data)
            except ResponseValidationError as error:
                raise error.inside("FloorPlan", "computed_data") from None

        _format_data = d.pop("format_data", UNSET)
        format_data: FloorPlanFormatted | Unset = UNSET
        if _format_data is not UNSET:
            if not isinstance(_format_data, dict):
                raise ResponseValidationError.unexpected("FloorPlan", "format_data", "an object", _format_data)
            try:
                format_data = FloorPlanFormatted.from_dict(_format_data)
            except ResponseValidationError as error:
                raise error.inside("FloorPlan", "format_data") from None

        _parsed = cls(
            outlines=outlines,
            computed_data=computed_data,
            format_data=format_data,
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
from ..models.floor_plan_computed import FloorPlanComputed
from ..models.floor_plan_formatted import FloorPlanFormatted
from ..models.floor_plan_outline import FloorPlanOutline
