from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.device_type import DeviceType
from ..models.shoot_type import ShootType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductionProjectRequest")


@_attrs_define
class CreateProductionProjectRequest:
    """
    Attributes:
        name (str): The project's name.
        user_identifier (str): Your system's id of the user the project is for.
        app_code (str): The application id from the console.
        device_type (DeviceType): The capture device: 1 a phone, 2 a panoramic camera (the default), 3 a gimbal, 4 a
            professional camera (Galois).
        remark (str | Unset): A remark, at most 100 characters.
        shoot_type (ShootType | Unset): How the shoot is positioned: 0 unknown, 1 AR, 2 stitching (the default).
        extension (str | Unset): Extra information as a JSON-encoded string (`"{}"`).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str
    user_identifier: str
    app_code: str
    device_type: DeviceType
    remark: str | Unset = UNSET
    shoot_type: ShootType | Unset = UNSET
    extension: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_identifier = self.user_identifier

        app_code = self.app_code

        device_type = self.device_type.value

        remark = self.remark

        shoot_type: int | Unset = UNSET
        if not isinstance(self.shoot_type, Unset):
            shoot_type = self.shoot_type.value

        extension = self.extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "user_identifier": user_identifier,
                "app_code": app_code,
                "device_type": device_type,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark
        if shoot_type is not UNSET:
            field_dict["shoot_type"] = shoot_type
        if extension is not UNSET:
            field_dict["extension"] = extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreateProductionProjectRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        if not isinstance(_name, str):
            raise ResponseValidationError.unexpected("CreateProductionProjectRequest", "name", "a string", _name)
        name = _name

        _user_identifier = d.pop("user_identifier", UNSET)
        if not isinstance(_user_identifier, str):
            raise ResponseValidationError.unexpected(
                "CreateProductionProjectRequest", "user_identifier", "a string", _user_identifier
            )
        user_identifier = _user_identifier

        _app_code = d.pop("app_code", UNSET)
        if not isinstance(_app_code, str):
            raise ResponseValidationError.unexpected(
                "CreateProductionProjectRequest", "app_code", "a string", _app_code
            )
        app_code = _app_code

        _device_type = d.pop("device_type", UNSET)
        device_type = parse_enum(DeviceType, _device_type, "CreateProductionProjectRequest", "device_type")

        _remark = d.pop("remark", UNSET)
        remark: str | Unset = UNSET
        if _remark is not UNSET:
            if not isinstance(_remark, str):
                raise ResponseValidationError.unexpected(
                    "CreateProductionProjectRequest", "remark", "a string", _remark
                )
            remark = _remark

        _shoot_type = d.pop("shoot_type", UNSET)
        shoot_type: ShootType | Unset = UNSET
        if _shoot_type is not UNSET:
            shoot_type = parse_enum(ShootType, _shoot_type, "CreateProductionProjectRequest", "shoot_type")

        _extension = d.pop("extension", UNSET)
        extension: str | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, str):
                raise ResponseValidationError.unexpected(
                    "CreateProductionProjectRequest", "extension", "a string", _extension
                )
            extension = _extension

        _parsed = cls(
            name=name,
            user_identifier=user_identifier,
            app_code=app_code,
            device_type=device_type,
            remark=remark,
            shoot_type=shoot_type,
            extension=extension,
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
