from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.session_summary import SessionSummary


T = TypeVar("T", bound="SessionList")


@_attrs_define
class SessionList:
    """
    Attributes:
        req_id (str): The request's ReqId.
        sessions (list[SessionSummary]):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    sessions: list[SessionSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "Sessions": sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SessionList", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("SessionList", "ReqId", "a string", _req_id)
        req_id = _req_id

        _sessions = d.pop("Sessions", UNSET)
        if not isinstance(_sessions, list):
            raise ResponseValidationError.unexpected("SessionList", "Sessions", "a list", _sessions)
        sessions_items: list[SessionSummary] = []
        for sessions_index, sessions_item in enumerate(_sessions):
            if not isinstance(sessions_item, dict):
                raise ResponseValidationError.unexpected(
                    "SessionList", "Sessions" + f"[{sessions_index}]", "an object", sessions_item
                )
            try:
                sessions_parsed = SessionSummary.from_dict(sessions_item)
            except ResponseValidationError as error:
                raise error.inside("SessionList", "Sessions" + f"[{sessions_index}]") from None

            sessions_items.append(sessions_parsed)
        sessions = sessions_items

        _parsed = cls(
            req_id=req_id,
            sessions=sessions,
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
from ..models.session_summary import SessionSummary
