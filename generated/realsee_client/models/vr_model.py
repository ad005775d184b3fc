from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VrModel")


@_attrs_define
class VrModel:
    """The work's 3D model.

    Attributes:
        file_url (str | Unset): The model file.
        material_base_url (str | Unset): Base address of the textures.
        material_textures (list[str] | Unset): The texture files.
        modify_time (str | Unset): When the model last changed.
        type_ (int | Unset): The kind of model.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    file_url: str | Unset = UNSET
    material_base_url: str | Unset = UNSET
    material_textures: list[str] | Unset = UNSET
    modify_time: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        material_base_url = self.material_base_url

        material_textures: list[str] | Unset = UNSET
        if not isinstance(self.material_textures, Unset):
            material_textures = self.material_textures

        modify_time = self.modify_time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if material_base_url is not UNSET:
            field_dict["material_base_url"] = material_base_url
        if material_textures is not UNSET:
            field_dict["material_textures"] = material_textures
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrModel", "", "an object", src_dict)
        d = dict(src_dict)
        _file_url = d.pop("file_url", UNSET)
        file_url: str | Unset = UNSET
        if _file_url is not UNSET:
            if not isinstance(_file_url, str):
                raise ResponseValidationError.unexpected("VrModel", "file_url", "a string", _file_url)
            file_url = _file_url

        _material_base_url = d.pop("material_base_url", UNSET)
        material_base_url: str | Unset = UNSET
        if _material_base_url is not UNSET:
            if not isinstance(_material_base_url, str):
                raise ResponseValidationError.unexpected("VrModel", "material_base_url", "a string", _material_base_url)
            material_base_url = _material_base_url

        _material_textures = d.pop("material_textures", UNSET)
        material_textures: list[str] | Unset = UNSET
        if _material_textures is not UNSET:
            if not isinstance(_material_textures, list):
                raise ResponseValidationError.unexpected("VrModel", "material_textures", "a list", _material_textures)
            material_textures_items: list[str] = []
            for material_textures_index, material_textures_item in enumerate(_material_textures):
                if not isinstance(material_textures_item, str):
                    raise ResponseValidationError.unexpected(
                        "VrModel",
                        "material_textures" + f"[{material_textures_index}]",
                        "a string",
                        material_textures_item,
                    )
                material_textures_parsed = material_textures_item

                material_textures_items.append(material_textures_parsed)
            material_textures = material_textures_items

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: str | Unset = UNSET
        if _modify_time is not UNSET:
            if not isinstance(_modify_time, str):
                raise ResponseValidationError.unexpected("VrModel", "modify_time", "a string", _modify_time)
            modify_time = _modify_time

        _type_ = d.pop("type", UNSET)
        type_: int | Unset = UNSET
        if _type_ is not UNSET:
            if not isinstance(_type_, int) or isinstance(_type_, bool):
                raise ResponseValidationError.unexpected("VrModel", "type", "an integer", _type_)
            type_ = _type_

        _parsed = cls(
            file_url=file_url,
            material_base_url=material_base_url,
            material_textures=material_textures,
            modify_time=modify_time,
            type_=type_,
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
