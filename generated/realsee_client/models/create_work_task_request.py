from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.work_task_type import WorkTaskType
from ..types import UNSET

T = TypeVar("T", bound="CreateWorkTaskRequest")


@_attrs_define
class CreateWorkTaskRequest:
    """
    Attributes:
        vr_code (str): The work's VR code.
        task_type (WorkTaskType): `work-compress` packs a work for offline use, `work-cleanup` cleans it up, `work-
            archive` archives its raw data (not open to the public yet).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    vr_code: str
    task_type: WorkTaskType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vr_code = self.vr_code

        task_type = self.task_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vr_code": vr_code,
                "task_type": task_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreateWorkTaskRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _vr_code = d.pop("vr_code", UNSET)
        if not isinstance(_vr_code, str):
            raise ResponseValidationError.unexpected("CreateWorkTaskRequest", "vr_code", "a string", _vr_code)
        vr_code = _vr_code

        _task_type = d.pop("task_type", UNSET)
        task_type = parse_enum(WorkTaskType, _task_type, "CreateWorkTaskRequest", "task_type")

        _parsed = cls(
            vr_code=vr_code,
            task_type=task_type,
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
