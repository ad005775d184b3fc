from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_session_status import IvhSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedSession")


@_attrs_define
class CreatedSession:
    """
    Attributes:
        req_id (str): The request's ReqId.
        session_id (str): The new session's id.
        session_status (IvhSessionStatus): 1 ready (in progress), 2 closed, 3 preparing, 4 creation failed.
        play_stream_addr (str | Unset): The stream's playback address.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    session_id: str
    session_status: IvhSessionStatus
    play_stream_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        session_id = self.session_id

        session_status = self.session_status.value

        play_stream_addr = self.play_stream_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "SessionId": session_id,
                "SessionStatus": session_status,
            }
        )
        if play_stream_addr is not UNSET:
            field_dict["PlayStreamAddr"] = play_stream_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreatedSession", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("CreatedSession", "ReqId", "a string", _req_id)
        req_id = _req_id

        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("CreatedSession", "SessionId", "a string", _session_id)
        session_id = _session_id

        _session_status = d.pop("SessionStatus", UNSET)
        session_status = parse_enum(IvhSessionStatus, _session_status, "CreatedSession", "SessionStatus")

        _play_stream_addr = d.pop("PlayStreamAddr", UNSET)
        play_stream_addr: str | Unset = UNSET
        if _play_stream_addr is not UNSET:
            if not isinstance(_play_stream_addr, str):
                raise ResponseValidationError.unexpected(
                    "CreatedSession", "PlayStreamAddr", "a string", _play_stream_addr
                )
            play_stream_addr = _play_stream_addr

        _parsed = cls(
            req_id=req_id,
            session_id=session_id,
            session_status=session_status,
            play_stream_addr=play_stream_addr,
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
