from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_decoration import DesignDecoration
    from ..models.design_floor_plan_set import DesignFloorPlanSet


T = TypeVar("T", bound="DesignVector")


@_attrs_define
class DesignVector:
    """The vector data of an AI design scheme.

    Attributes:
        decoration (DesignDecoration | Unset): The models placed in the design.
        floorplan (DesignFloorPlanSet | Unset): The floor plans of the design.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    decoration: DesignDecoration | Unset = UNSET
    floorplan: DesignFloorPlanSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decoration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decoration, Unset):
            decoration = self.decoration.to_dict()

        floorplan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.floorplan, Unset):
            floorplan = self.floorplan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if decoration is not UNSET:
            field_dict["decoration"] = decoration
        if floorplan is not UNSET:
            field_dict["floorplan"] = floorplan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignVector", "", "an object", src_dict)
        d = dict(src_dict)
        _decoration = d.pop("decoration", UNSET)
        decoration: DesignDecoration | Unset = UNSET
        if _decoration is not UNSET:
            if not isinstance(_decoration, dict):
                raise ResponseValidationError.unexpected("DesignVector", "decoration", "an object", _decoration)
            try:
                decoration = DesignDecoration.from_dict(_decoration)
            except ResponseValidationError as error:
                raise error.inside("DesignVector", "decoration") from None

        _floorplan = d.pop("floorplan", UNSET)
        floorplan: DesignFloorPlanSet | Unset = UNSET
        if _floorplan is not UNSET:
            if not isinstance(_floorplan, dict):
                raise ResponseValidationError.unexpected("DesignVector", "floorplan", "an object", _floorplan)
            try:
                floorplan = DesignFloorPlanSet.from_dict(_floorplan)
            except ResponseValidationError as error:
                raise error.inside("DesignVector", "floorplan") from None

        _parsed = cls(
            decoration=decoration,
            floorplan=floorplan,
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
from ..models.design_decoration import DesignDecoration
from ..models.design_floor_plan_set import DesignFloorPlanSet
