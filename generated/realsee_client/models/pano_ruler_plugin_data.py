from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pano_ruler_plugin_data_pano_ruler_plugin import PanoRulerPluginDataPanoRulerPlugin


T = TypeVar("T", bound="PanoRulerPluginData")


@_attrs_define
class PanoRulerPluginData:
    """The panorama ruler plugin's data.

    Attributes:
        pano_ruler_plugin (PanoRulerPluginDataPanoRulerPlugin | Unset): The plugin's data, to hand to the SDK as it
            comes.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    pano_ruler_plugin: PanoRulerPluginDataPanoRulerPlugin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pano_ruler_plugin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pano_ruler_plugin, Unset):
            pano_ruler_plugin = self.pano_ruler_plugin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pano_ruler_plugin is not UNSET:
            field_dict["PanoRulerPlugin"] = pano_ruler_plugin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PanoRulerPluginData", "", "an object", src_dict)
        d = dict(src_dict)
        _pano_ruler_plugin = d.pop("PanoRulerPlugin", UNSET)
        pano_ruler_plugin: PanoRulerPluginDataPanoRulerPlugin | Unset = UNSET
        if _pano_ruler_plugin is not UNSET:
            if not isinstance(_pano_ruler_plugin, dict):
                raise ResponseValidationError.unexpected(
                    "PanoRulerPluginData", "PanoRulerPlugin", "an object", _pano_ruler_plugin
                )
            try:
                pano_ruler_plugin = PanoRulerPluginDataPanoRulerPlugin.from_dict(_pano_ruler_plugin)
            except ResponseValidationError as error:
                raise error.inside("PanoRulerPluginData", "PanoRulerPlugin") from None

        _parsed = cls(
            pano_ruler_plugin=pano_ruler_plugin,
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
from ..models.pano_ruler_plugin_data_pano_ruler_plugin import PanoRulerPluginDataPanoRulerPlugin
