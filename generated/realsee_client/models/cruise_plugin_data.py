from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cruise_plugin_data_auto_camera import CruisePluginDataAutoCamera


T = TypeVar("T", bound="CruisePluginData")


@_attrs_define
class CruisePluginData:
    """The automatic cruise plugin's data.

    Attributes:
        auto_camera (CruisePluginDataAutoCamera | Unset): The cruise's keyframes, to hand to the SDK as they come.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    auto_camera: CruisePluginDataAutoCamera | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_camera: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_camera, Unset):
            auto_camera = self.auto_camera.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_camera is not UNSET:
            field_dict["auto_camera"] = auto_camera

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CruisePluginData", "", "an object", src_dict)
        d = dict(src_dict)
        _auto_camera = d.pop("auto_camera", UNSET)
        auto_camera: CruisePluginDataAutoCamera | Unset = UNSET
        if _auto_camera is not UNSET:
            if not isinstance(_auto_camera, dict):
                raise ResponseValidationError.unexpected("CruisePluginData", "auto_camera", "an object", _auto_camera)
            try:
                auto_camera = CruisePluginDataAutoCamera.from_dict(_auto_camera)
            except ResponseValidationError as error:
                raise error.inside("CruisePluginData", "auto_camera") from None

        _parsed = cls(
            auto_camera=auto_camera,
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
from ..models.cruise_plugin_data_auto_camera import CruisePluginDataAutoCamera
