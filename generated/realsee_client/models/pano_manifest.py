from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.pano_manifest_floor_map import PanoManifestFloorMap
    from ..models.pano_scan import PanoScan


T = TypeVar("T", bound="PanoManifest")


@_attrs_define
class PanoManifest:
    """The `manifest.json` at the root of the uploaded ZIP, beside `images/<id>.jpg`
    (equirectangular JPEG panoramas).

    Attributes:
        version (Literal['1.0']): Package format version, currently `"1.0"`.
        floor_map (PanoManifestFloorMap): Maps each `floor` used in `scan_list` (as a string) to the real floor number.
        project_name (str): Project name; `{{timestamp}}` is replaced by the current time.
        scan_list (list[PanoScan]): The panoramas.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    version: Literal["1.0"]
    floor_map: PanoManifestFloorMap
    project_name: str
    scan_list: list[PanoScan]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        floor_map = self.floor_map.to_dict()

        project_name = self.project_name

        scan_list = []
        for scan_list_item_data in self.scan_list:
            scan_list_item = scan_list_item_data.to_dict()
            scan_list.append(scan_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "floor_map": floor_map,
                "project_name": project_name,
                "scan_list": scan_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PanoManifest", "", "an object", src_dict)
        d = dict(src_dict)
        _version = d.pop("version", UNSET)
        if _version != "1.0":
            raise ResponseValidationError.not_one_of("PanoManifest", "version", ["1.0"], _version)
        version = cast(Literal["1.0"], _version)

        _floor_map = d.pop("floor_map", UNSET)
        if not isinstance(_floor_map, dict):
            raise ResponseValidationError.unexpected("PanoManifest", "floor_map", "an object", _floor_map)
        try:
            floor_map = PanoManifestFloorMap.from_dict(_floor_map)
        except ResponseValidationError as error:
            raise error.inside("PanoManifest", "floor_map") from None

        _project_name = d.pop("project_name", UNSET)
        if not isinstance(_project_name, str):
            raise ResponseValidationError.unexpected("PanoManifest", "project_name", "a string", _project_name)
        project_name = _project_name

        _scan_list = d.pop("scan_list", UNSET)
        if not isinstance(_scan_list, list):
            raise ResponseValidationError.unexpected("PanoManifest", "scan_list", "a list", _scan_list)
        scan_list_items: list[PanoScan] = []
        for scan_list_index, scan_list_item in enumerate(_scan_list):
            if not isinstance(scan_list_item, dict):
                raise ResponseValidationError.unexpected(
                    "PanoManifest", "scan_list" + f"[{scan_list_index}]", "an object", scan_list_item
                )
            try:
                scan_list_parsed = PanoScan.from_dict(scan_list_item)
            except ResponseValidationError as error:
                raise error.inside("PanoManifest", "scan_list" + f"[{scan_list_index}]") from None

            scan_list_items.append(scan_list_parsed)
        scan_list = scan_list_items

        _parsed = cls(
            version=version,
            floor_map=floor_map,
            project_name=project_name,
            scan_list=scan_list,
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
from ..models.pano_manifest_floor_map import PanoManifestFloorMap
from ..models.pano_scan import PanoScan
