from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListProjectSessionsPayload")


@_attrs_define
class ListProjectSessionsPayload:
    """The page's table requires VirtualmanProjectId and its sample leaves it out: optional here (without it, the
    account's sessions, as list_sessions_of_account).

    Attributes:
        req_id (str): The caller's unique id of this request, a 32-character UUID without dashes.
        virtualman_project_id (str | Unset): The digital human project.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    virtualman_project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        virtualman_project_id = self.virtualman_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
            }
        )
        if virtualman_project_id is not UNSET:
            field_dict["VirtualmanProjectId"] = virtualman_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ListProjectSessionsPayload", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("ListProjectSessionsPayload", "ReqId", "a string", _req_id)
        req_id = _req_id

        _virtualman_project_id = d.pop("VirtualmanProjectId", UNSET)
        virtualman_project_id: str | Unset = UNSET
        if _virtualman_project_id is not UNSET:
            if not isinstance(_virtualman_project_id, str):
                raise ResponseValidationError.unexpected(
                    "ListProjectSessionsPayload", "VirtualmanProjectId", "a string", _virtualman_project_id
                )
            virtualman_project_id = _virtualman_project_id

        _parsed = cls(
            req_id=req_id,
            virtualman_project_id=virtualman_project_id,
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
