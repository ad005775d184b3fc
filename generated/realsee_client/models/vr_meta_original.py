from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VrMetaOriginal")


@_attrs_define
class VrMetaOriginal:
    """How a work was captured or rendered.

    Attributes:
        name (str | Unset): The capture device's name.
        bg_image (str | Unset): A picture of the capture device.
        principle (str | Unset): The capture engine.
        outer_edge_group_id (str | Unset): The layout group (floor plan) a virtual work was rendered from.
        style_id (str | Unset): The design style's id, written as a string here (`"3"`).
        style_name (str | Unset): The design style's name.
        cube_size (str | Unset): The panoramas' cube face size in pixels, written as a string (`"2048"`).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    bg_image: str | Unset = UNSET
    principle: str | Unset = UNSET
    outer_edge_group_id: str | Unset = UNSET
    style_id: str | Unset = UNSET
    style_name: str | Unset = UNSET
    cube_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        bg_image = self.bg_image

        principle = self.principle

        outer_edge_group_id = self.outer_edge_group_id

        style_id = self.style_id

        style_name = self.style_name

        cube_size = self.cube_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if bg_image is not UNSET:
            field_dict["bg_image"] = bg_image
        if principle is not UNSET:
            field_dict["principle"] = principle
        if outer_edge_group_id is not UNSET:
            field_dict["outer_edge_group_id"] = outer_edge_group_id
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if style_name is not UNSET:
            field_dict["style_name"] = style_name
        if cube_size is not UNSET:
            field_dict["cube_size"] = cube_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrMetaOriginal", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "name", "a string", _name)
            name = _name

        _bg_image = d.pop("bg_image", UNSET)
        bg_image: str | Unset = UNSET
        if _bg_image is not UNSET:
            if not isinstance(_bg_image, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "bg_image", "a string", _bg_image)
            bg_image = _bg_image

        _principle = d.pop("principle", UNSET)
        principle: str | Unset = UNSET
        if _principle is not UNSET:
            if not isinstance(_principle, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "principle", "a string", _principle)
            principle = _principle

        _outer_edge_group_id = d.pop("outer_edge_group_id", UNSET)
        outer_edge_group_id: str | Unset = UNSET
        if _outer_edge_group_id is not UNSET:
            if not isinstance(_outer_edge_group_id, str):
                raise ResponseValidationError.unexpected(
                    "VrMetaOriginal", "outer_edge_group_id", "a string", _outer_edge_group_id
                )
            outer_edge_group_id = _outer_edge_group_id

        _style_id = d.pop("style_id", UNSET)
        style_id: str | Unset = UNSET
        if _style_id is not UNSET:
            if not isinstance(_style_id, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "style_id", "a string", _style_id)
            style_id = _style_id

        _style_name = d.pop("style_name", UNSET)
        style_name: str | Unset = UNSET
        if _style_name is not UNSET:
            if not isinstance(_style_name, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "style_name", "a string", _style_name)
            style_name = _style_name

        _cube_size = d.pop("cube_size", UNSET)
        cube_size: str | Unset = UNSET
        if _cube_size is not UNSET:
            if not isinstance(_cube_size, str):
                raise ResponseValidationError.unexpected("VrMetaOriginal", "cube_size", "a string", _cube_size)
            cube_size = _cube_size

        _parsed = cls(
            name=name,
            bg_image=bg_image,
            principle=principle,
            outer_edge_group_id=outer_edge_group_id,
            style_id=style_id,
            style_name=style_name,
            cube_size=cube_size,
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
