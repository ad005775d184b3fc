from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveCenterConfig")


@_attrs_define
class LiveCenterConfig:
    """Which viewer plugins and panels are enabled.

    Attributes:
        cruise_plugin (bool | Unset):
        design_icon_enable (bool | Unset):
        house_option_panel (bool | Unset):
        image_option_size (int | Unset):
        live_icon_enable (bool | Unset):
        live_panel (bool | Unset):
        main_panel (bool | Unset):
        mode_switch_icon_enable (bool | Unset):
        model_chassis_compass_plugin (bool | Unset):
        model_entry_door_guide_plugin (bool | Unset):
        model_floorplan_plugin (bool | Unset):
        model_room_label_plugin (bool | Unset):
        model_view_plugin (bool | Unset):
        pano_compass_plugin (bool | Unset):
        pano_floorplan_radar_plugin (bool | Unset):
        pano_measure_icon_enable (bool | Unset):
        pano_ruler_plugin (bool | Unset):
        pano_tag_plugin (bool | Unset):
        topview_floorplan_plugin (bool | Unset):
        vreo_icon_enable (bool | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    cruise_plugin: bool | Unset = UNSET
    design_icon_enable: bool | Unset = UNSET
    house_option_panel: bool | Unset = UNSET
    image_option_size: int | Unset = UNSET
    live_icon_enable: bool | Unset = UNSET
    live_panel: bool | Unset = UNSET
    main_panel: bool | Unset = UNSET
    mode_switch_icon_enable: bool | Unset = UNSET
    model_chassis_compass_plugin: bool | Unset = UNSET
    model_entry_door_guide_plugin: bool | Unset = UNSET
    model_floorplan_plugin: bool | Unset = UNSET
    model_room_label_plugin: bool | Unset = UNSET
    model_view_plugin: bool | Unset = UNSET
    pano_compass_plugin: bool | Unset = UNSET
    pano_floorplan_radar_plugin: bool | Unset = UNSET
    pano_measure_icon_enable: bool | Unset = UNSET
    pano_ruler_plugin: bool | Unset = UNSET
    pano_tag_plugin: bool | Unset = UNSET
    topview_floorplan_plugin: bool | Unset = UNSET
    vreo_icon_enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cruise_plugin = self.cruise_plugin

        design_icon_enable = self.design_icon_enable

        house_option_panel = self.house_option_panel

        image_option_size = self.image_option_size

        live_icon_enable = self.live_icon_enable

        live_panel = self.live_panel

        main_panel = self.main_panel

        mode_switch_icon_enable = self.mode_switch_icon_enable

        model_chassis_compass_plugin = self.model_chassis_compass_plugin

        model_entry_door_guide_plugin = self.model_entry_door_guide_plugin

        model_floorplan_plugin = self.model_floorplan_plugin

        model_room_label_plugin = self.model_room_label_plugin

        model_view_plugin = self.model_view_plugin

        pano_compass_plugin = self.pano_compass_plugin

        pano_floorplan_radar_plugin = self.pano_floorplan_radar_plugin

        pano_measure_icon_enable = self.pano_measure_icon_enable

        pano_ruler_plugin = self.pano_ruler_plugin

        pano_tag_plugin = self.pano_tag_plugin

        topview_floorplan_plugin = self.topview_floorplan_plugin

        vreo_icon_enable = self.vreo_icon_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cruise_plugin is not UNSET:
            field_dict["CruisePlugin"] = cruise_plugin
        if design_icon_enable is not UNSET:
            field_dict["DesignIconEnable"] = design_icon_enable
        if house_option_panel is not UNSET:
            field_dict["HouseOptionPanel"] = house_option_panel
        if image_option_size is not UNSET:
            field_dict["ImageOptionSize"] = image_option_size
        if live_icon_enable is not UNSET:
            field_dict["LiveIconEnable"] = live_icon_enable
        if live_panel is not UNSET:
            field_dict["LivePanel"] = live_panel
        if main_panel is not UNSET:
            field_dict["MainPanel"] = main_panel
        if mode_switch_icon_enable is not UNSET:
            field_dict["ModeSwitchIconEnable"] = mode_switch_icon_enable
        if model_chassis_compass_plugin is not UNSET:
            field_dict["ModelChassisCompassPlugin"] = model_chassis_compass_plugin
        if model_entry_door_guide_plugin is not UNSET:
            field_dict["ModelEntryDoorGuidePlugin"] = model_entry_door_guide_plugin
        if model_floorplan_plugin is not UNSET:
            field_dict["ModelFloorplanPlugin"] = model_floorplan_plugin
        if model_room_label_plugin is not UNSET:
            field_dict["ModelRoomLabelPlugin"] = model_room_label_plugin
        if model_view_plugin is not UNSET:
            field_dict["ModelViewPlugin"] = model_view_plugin
        if pano_compass_plugin is not UNSET:
            field_dict["PanoCompassPlugin"] = pano_compass_plugin
        if pano_floorplan_radar_plugin is not UNSET:
            field_dict["PanoFloorplanRadarPlugin"] = pano_floorplan_radar_plugin
        if pano_measure_icon_enable is not UNSET:
            field_dict["PanoMeasureIconEnable"] = pano_measure_icon_enable
        if pano_ruler_plugin is not UNSET:
            field_dict["PanoRulerPlugin"] = pano_ruler_plugin
        if pano_tag_plugin is not UNSET:
            field_dict["PanoTagPlugin"] = pano_tag_plugin
        if topview_floorplan_plugin is not UNSET:
            field_dict["TopviewFloorplanPlugin"] = topview_floorplan_plugin
        if vreo_icon_enable is not UNSET:
            field_dict["VreoIconEnable"] = vreo_icon_enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveCenterConfig", "", "an object", src_dict)
        d = dict(src_dict)
        _cruise_plugin = d.pop("CruisePlugin", UNSET)
        cruise_plugin: bool | Unset = UNSET
        if _cruise_plugin is not UNSET:
            if not isinstance(_cruise_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "CruisePlugin", "a boolean", _cruise_plugin
                )
            cruise_plugin = _cruise_plugin

        _design_icon_enable = d.pop("DesignIconEnable", UNSET)
        design_icon_enable: bool | Unset = UNSET
        if _design_icon_enable is not UNSET:
            if not isinstance(_design_icon_enable, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "DesignIconEnable", "a boolean", _design_icon_enable
                )
            design_icon_enable = _design_icon_enable

        _house_option_panel = d.pop("HouseOptionPanel", UNSET)
        house_option_panel: bool | Unset = UNSET
        if _house_option_panel is not UNSET:
            if not isinstance(_house_option_panel, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "HouseOptionPanel", "a boolean", _house_option_panel
                )
            house_option_panel = _house_option_panel

        _image_option_size = d.pop("ImageOptionSize", UNSET)
        image_option_size: int | Unset = UNSET
        if _image_option_size is not UNSET:
            if not isinstance(_image_option_size, int) or isinstance(_image_option_size, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ImageOptionSize", "an integer", _image_option_size
                )
            image_option_size = _image_option_size

        _live_icon_enable = d.pop("LiveIconEnable", UNSET)
        live_icon_enable: bool | Unset = UNSET
        if _live_icon_enable is not UNSET:
            if not isinstance(_live_icon_enable, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "LiveIconEnable", "a boolean", _live_icon_enable
                )
            live_icon_enable = _live_icon_enable

        _live_panel = d.pop("LivePanel", UNSET)
        live_panel: bool | Unset = UNSET
        if _live_panel is not UNSET:
            if not isinstance(_live_panel, bool):
                raise ResponseValidationError.unexpected("LiveCenterConfig", "LivePanel", "a boolean", _live_panel)
            live_panel = _live_panel

        _main_panel = d.pop("MainPanel", UNSET)
        main_panel: bool | Unset = UNSET
        if _main_panel is not UNSET:
            if not isinstance(_main_panel, bool):
                raise ResponseValidationError.unexpected("LiveCenterConfig", "MainPanel", "a boolean", _main_panel)
            main_panel = _main_panel

        _mode_switch_icon_enable = d.pop("ModeSwitchIconEnable", UNSET)
        mode_switch_icon_enable: bool | Unset = UNSET
        if _mode_switch_icon_enable is not UNSET:
            if not isinstance(_mode_switch_icon_enable, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModeSwitchIconEnable", "a boolean", _mode_switch_icon_enable
                )
            mode_switch_icon_enable = _mode_switch_icon_enable

        _model_chassis_compass_plugin = d.pop("ModelChassisCompassPlugin", UNSET)
        model_chassis_compass_plugin: bool | Unset = UNSET
        if _model_chassis_compass_plugin is not UNSET:
            if not isinstance(_model_chassis_compass_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModelChassisCompassPlugin", "a boolean", _model_chassis_compass_plugin
                )
            model_chassis_compass_plugin = _model_chassis_compass_plugin

        _model_entry_door_guide_plugin = d.pop("ModelEntryDoorGuidePlugin", UNSET)
        model_entry_door_guide_plugin: bool | Unset = UNSET
        if _model_entry_door_guide_plugin is not UNSET:
            if not isinstance(_model_entry_door_guide_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModelEntryDoorGuidePlugin", "a boolean", _model_entry_door_guide_plugin
                )
            model_entry_door_guide_plugin = _model_entry_door_guide_plugin

        _model_floorplan_plugin = d.pop("ModelFloorplanPlugin", UNSET)
        model_floorplan_plugin: bool | Unset = UNSET
        if _model_floorplan_plugin is not UNSET:
            if not isinstance(_model_floorplan_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModelFloorplanPlugin", "a boolean", _model_floorplan_plugin
                )
            model_floorplan_plugin = _model_floorplan_plugin

        _model_room_label_plugin = d.pop("ModelRoomLabelPlugin", UNSET)
        model_room_label_plugin: bool | Unset = UNSET
        if _model_room_label_plugin is not UNSET:
            if not isinstance(_model_room_label_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModelRoomLabelPlugin", "a boolean", _model_room_label_plugin
                )
            model_room_label_plugin = _model_room_label_plugin

        _model_view_plugin = d.pop("ModelViewPlugin", UNSET)
        model_view_plugin: bool | Unset = UNSET
        if _model_view_plugin is not UNSET:
            if not isinstance(_model_view_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "ModelViewPlugin", "a boolean", _model_view_plugin
                )
            model_view_plugin = _model_view_plugin

        _pano_compass_plugin = d.pop("PanoCompassPlugin", UNSET)
        pano_compass_plugin: bool | Unset = UNSET
        if _pano_compass_plugin is not UNSET:
            if not isinstance(_pano_compass_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "PanoCompassPlugin", "a boolean", _pano_compass_plugin
                )
            pano_compass_plugin = _pano_compass_plugin

        _pano_floorplan_radar_plugin = d.pop("PanoFloorplanRadarPlugin", UNSET)
        pano_floorplan_radar_plugin: bool | Unset = UNSET
        if _pano_floorplan_radar_plugin is not UNSET:
            if not isinstance(_pano_floorplan_radar_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "PanoFloorplanRadarPlugin", "a boolean", _pano_floorplan_radar_plugin
                )
            pano_floorplan_radar_plugin = _pano_floorplan_radar_plugin

        _pano_measure_icon_enable = d.pop("PanoMeasureIconEnable", UNSET)
        pano_measure_icon_enable: bool | Unset = UNSET
        if _pano_measure_icon_enable is not UNSET:
            if not isinstance(_pano_measure_icon_enable, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "PanoMeasureIconEnable", "a boolean", _pano_measure_icon_enable
                )
            pano_measure_icon_enable = _pano_measure_icon_enable

        _pano_ruler_plugin = d.pop("PanoRulerPlugin", UNSET)
        pano_ruler_plugin: bool | Unset = UNSET
        if _pano_ruler_plugin is not UNSET:
            if not isinstance(_pano_ruler_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "PanoRulerPlugin", "a boolean", _pano_ruler_plugin
                )
            pano_ruler_plugin = _pano_ruler_plugin

        _pano_tag_plugin = d.pop("PanoTagPlugin", UNSET)
        pano_tag_plugin: bool | Unset = UNSET
        if _pano_tag_plugin is not UNSET:
            if not isinstance(_pano_tag_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "PanoTagPlugin", "a boolean", _pano_tag_plugin
                )
            pano_tag_plugin = _pano_tag_plugin

        _topview_floorplan_plugin = d.pop("TopviewFloorplanPlugin", UNSET)
        topview_floorplan_plugin: bool | Unset = UNSET
        if _topview_floorplan_plugin is not UNSET:
            if not isinstance(_topview_floorplan_plugin, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "TopviewFloorplanPlugin", "a boolean", _topview_floorplan_plugin
                )
            topview_floorplan_plugin = _topview_floorplan_plugin

        _vreo_icon_enable = d.pop("VreoIconEnable", UNSET)
        vreo_icon_enable: bool | Unset = UNSET
        if _vreo_icon_enable is not UNSET:
            if not isinstance(_vreo_icon_enable, bool):
                raise ResponseValidationError.unexpected(
                    "LiveCenterConfig", "VreoIconEnable", "a boolean", _vreo_icon_enable
                )
            vreo_icon_enable = _vreo_icon_enable

        _parsed = cls(
            cruise_plugin=cruise_plugin,
            design_icon_enable=design_icon_enable,
            house_option_panel=house_option_panel,
            image_option_size=image_option_size,
            live_icon_enable=live_icon_enable,
            live_panel=live_panel,
            main_panel=main_panel,
            mode_switch_icon_enable=mode_switch_icon_enable,
            model_chassis_compass_plugin=model_chassis_compass_plugin,
            model_entry_door_guide_plugin=model_entry_door_guide_plugin,
            model_floorplan_plugin=model_floorplan_plugin,
            model_room_label_plugin=model_room_label_plugin,
            model_view_plugin=model_view_plugin,
            pano_compass_plugin=pano_compass_plugin,
            pano_floorplan_radar_plugin=pano_floorplan_radar_plugin,
            pano_measure_icon_enable=pano_measure_icon_enable,
            pano_ruler_plugin=pano_ruler_plugin,
            pano_tag_plugin=pano_tag_plugin,
            topview_floorplan_plugin=topview_floorplan_plugin,
            vreo_icon_enable=vreo_icon_enable,
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
