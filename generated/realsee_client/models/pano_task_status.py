from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.pano_task_state import PanoTaskState
from ..types import UNSET

T = TypeVar("T", bound="PanoTaskStatus")


@_attrs_define
class PanoTaskStatus:
    """
    Attributes:
        project_id (str): The project's id.
        status (PanoTaskState): `pending` (queued), `processing`, `success` (`vr_url` set) or `failed`.
        vr_url (str): The VR link once `status` is `success`, otherwise `""`.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    project_id: str
    status: PanoTaskState
    vr_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        status = self.status.value

        vr_url = self.vr_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "status": status,
                "vr_url": vr_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PanoTaskStatus", "", "an object", src_dict)
        d = dict(src_dict)
        _project_id = d.pop("project_id", UNSET)
        if not isinstance(_project_id, str):
            raise ResponseValidationError.unexpected("PanoTaskStatus", "project_id", "a string", _project_id)
        project_id = _project_id

        _status = d.pop("status", UNSET)
        status = parse_enum(PanoTaskState, _status, "PanoTaskStatus", "status")

        _vr_url = d.pop("vr_url", UNSET)
        if not isinstance(_vr_url, str):
            raise ResponseValidationError.unexpected("PanoTaskStatus", "vr_url", "a string", _vr_url)
        vr_url = _vr_url

        _parsed = cls(
            project_id=project_id,
            status=status,
            vr_url=vr_url,
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
