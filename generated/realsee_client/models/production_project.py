from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.device_type import DeviceType
from ..models.production_project_state import ProductionProjectState
from ..models.shoot_type import ShootType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductionProject")


@_attrs_define
class ProductionProject:
    """A production project. The create, detail and list answers each carry some of these
    fields; the vendor marks none as always present.

    Attributes:
        project_id (str | Unset): The project's id.
        name (str | Unset): The project's name.
        user_identifier (str | Unset): Your system's id of the user the project is for.
        remark (str | Unset): The remark.
        extension (str | Unset): Extra information as a JSON-encoded string.
        device_type (DeviceType | Unset): The capture device: 1 a phone, 2 a panoramic camera (the default), 3 a gimbal,
            4 a professional camera (Galois).
        shoot_type (ShootType | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2 stitching (the default).
        status_text (ProductionProjectState | Unset): A production project's state: `project_not_upload` (nothing
            uploaded yet),
            `project_uploading`, `project_upload_failed`, `project_upload_success`,
            `project_processing`, `project_process_cancel`, `project_process_success`,
            `project_process_failed`, `project_temporarily_delete` (in the recycle bin),
            `project_exporting`, `project_exported`, `project_export_fail`. (The English document
            garbles `project_process_failed` and `project_temporarily_delete` into one word; the
            Chinese one lists both.)
        vr_code (str | Unset): The VR work made from the project; empty until there is one.
        create_time (str | Unset): When the project was created (`YYYY-MM-DD hh:mm:ss`).
        modify_time (str | Unset): When the project last changed.
        move_to_trash_time (str | Unset): When the project was put in the recycle bin.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    project_id: str | Unset = UNSET
    name: str | Unset = UNSET
    user_identifier: str | Unset = UNSET
    remark: str | Unset = UNSET
    extension: str | Unset = UNSET
    device_type: DeviceType | Unset = UNSET
    shoot_type: ShootType | Unset = UNSET
    status_text: ProductionProjectState | Unset = UNSET
    vr_code: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    move_to_trash_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        user_identifier = self.user_identifier

        remark = self.remark

        extension = self.extension

        device_type: int | Unset = UNSET
        if not isinstance(self.device_type, Unset):
            device_type = self.device_type.value

        shoot_type: int | Unset = UNSET
        if not isinstance(self.shoot_type, Unset):
            shoot_type = self.shoot_type.value

        status_text: str | Unset = UNSET
        if not isinstance(self.status_text, Unset):
            status_text = self.status_text.value

        vr_code = self.vr_code

        create_time = self.create_time

        modify_time = self.modify_time

        move_to_trash_time = self.move_to_trash_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if user_identifier is not UNSET:
            field_dict["user_identifier"] = user_identifier
        if remark is not UNSET:
            field_dict["remark"] = remark
        if extension is not UNSET:
            field_dict["extension"] = extension
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if shoot_type is not UNSET:
            field_dict["shoot_type"] = shoot_type
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if vr_code is not UNSET:
            field_dict["vr_code"] = vr_code
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time
        if move_to_trash_time is not UNSET:
            field_dict["move_to_trash_time"] = move_to_trash_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ProductionProject", "", "an object", src_dict)
        d = dict(src_dict)
        _project_id = d.pop("project_id", UNSET)
        project_id: str | Unset = UNSET
        if _project_id is not UNSET:
            if not isinstance(_project_id, str):
                raise ResponseValidationError.unexpected("ProductionProject", "project_id", "a string", _project_id)
            project_id = _project_id

        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("ProductionProject", "name", "a string", _name)
            name = _name

        _user_identifier = d.pop("user_identifier", UNSET)
        user_identifier: str | Unset = UNSET
        if _user_identifier is not UNSET:
            if not isinstance(_user_identifier, str):
                raise ResponseValidationError.unexpected(
                    "ProductionProject", "user_identifier", "a string", _user_identifier
                )
            user_identifier = _user_identifier

        _remark = d.pop("remark", UNSET)
        remark: str | Unset = UNSET
        if _remark is not UNSET:
            if not isinstance(_remark, str):
                raise ResponseValidationError.unexpected("ProductionProject", "remark", "a string", _remark)
            remark = _remark

        _extension = d.pop("extension", UNSET)
        extension: str | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, str):
                raise ResponseValidationError.unexpected("ProductionProject", "extension", "a string", _extension)
            extension = _extension

        _device_type = d.pop("device_type", UNSET)
        device_type: DeviceType | Unset = UNSET
        if _device_type is not UNSET:
            device_type = parse_enum(DeviceType, _device_type, "ProductionProject", "device_type")

        _shoot_type = d.pop("shoot_type", UNSET)
        shoot_type: ShootType | Unset = UNSET
        if _shoot_type is not UNSET:
            shoot_type = parse_enum(ShootType, _shoot_type, "ProductionProject", "shoot_type")

        _status_text = d.pop("status_text", UNSET)
        status_text: ProductionProjectState | Unset = UNSET
        if _status_text is not UNSET:
            status_text = parse_enum(ProductionProjectState, _status_text, "ProductionProject", "status_text")

        _vr_code = d.pop("vr_code", UNSET)
        vr_code: str | Unset = UNSET
        if _vr_code is not UNSET:
            if not isinstance(_vr_code, str):
                raise ResponseValidationError.unexpected("ProductionProject", "vr_code", "a string", _vr_code)
            vr_code = _vr_code

        _create_time = d.pop("create_time", UNSET)
        create_time: str | Unset = UNSET
        if _create_time is not UNSET:
            if not isinstance(_create_time, str):
                raise ResponseValidationError.unexpected("ProductionProject", "create_time", "a string", _create_time)
            create_time = _create_time

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: str | Unset = UNSET
        if _modify_time is not UNSET:
            if not isinstance(_modify_time, str):
                raise ResponseValidationError.unexpected("ProductionProject", "modify_time", "a string", _modify_time)
            modify_time = _modify_time

        _move_to_trash_time = d.pop("move_to_trash_time", UNSET)
        move_to_trash_time: str | Unset = UNSET
        if _move_to_trash_time is not UNSET:
            if not isinstance(_move_to_trash_time, str):
                raise ResponseValidationError.unexpected(
                    "ProductionProject", "move_to_trash_time", "a string", _move_to_trash_time
                )
            move_to_trash_time = _move_to_trash_time

        _parsed = cls(
            project_id=project_id,
            name=name,
            user_identifier=user_identifier,
            remark=remark,
            extension=extension,
            device_type=device_type,
            shoot_type=shoot_type,
            status_text=status_text,
            vr_code=vr_code,
            create_time=create_time,
            modify_time=modify_time,
            move_to_trash_time=move_to_trash_time,
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
