from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="VrSummary")


@_attrs_define
class VrSummary:
    """A published VR work, as listed.

    Attributes:
        vr_code (str): The work's VR code.
        create_time (str): When the work was created (`YYYY-MM-DD hh:mm:ss`).
        name (str): The work's name.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    vr_code: str
    create_time: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vr_code = self.vr_code

        create_time = self.create_time

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vr_code": vr_code,
                "create_time": create_time,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrSummary", "", "an object", src_dict)
        d = dict(src_dict)
        _vr_code = d.pop("vr_code", UNSET)
        if not isinstance(_vr_code, str):
            raise ResponseValidationError.unexpected("VrSummary", "vr_code", "a string", _vr_code)
        vr_code = _vr_code

        _create_time = d.pop("create_time", UNSET)
        if not isinstance(_create_time, str):
            raise ResponseValidationError.unexpected("VrSummary", "create_time", "a string", _create_time)
        create_time = _create_time

        _name = d.pop("name", UNSET)
        if not isinstance(_name, str):
            raise ResponseValidationError.unexpected("VrSummary", "name", "a string", _name)
        name = _name

        _parsed = cls(
            vr_code=vr_code,
            create_time=create_time,
            name=name,
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
