from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="PanoTaskSubmission")


@_attrs_define
class PanoTaskSubmission:
    """
    Attributes:
        task_code (str): The task's id, for get_pano_task_status.
        project_id (str): The created project's id.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    task_code: str
    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_code = self.task_code

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_code": task_code,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PanoTaskSubmission", "", "an object", src_dict)
        d = dict(src_dict)
        _task_code = d.pop("task_code", UNSET)
        if not isinstance(_task_code, str):
            raise ResponseValidationError.unexpected("PanoTaskSubmission", "task_code", "a string", _task_code)
        task_code = _task_code

        _project_id = d.pop("project_id", UNSET)
        if not isinstance(_project_id, str):
            raise ResponseValidationError.unexpected("PanoTaskSubmission", "project_id", "a string", _project_id)
        project_id = _project_id

        _parsed = cls(
            task_code=task_code,
            project_id=project_id,
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
