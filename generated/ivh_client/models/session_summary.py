from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_driver_type import IvhDriverType
from ..models.ivh_session_status import IvhSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """One session of a list.

    Attributes:
        user_id (str): The viewer's id the session was created for.
        session_id (str): The session's id.
        session_status (IvhSessionStatus): 1 ready (in progress), 2 closed, 3 preparing, 4 creation failed.
        driver_type (IvhDriverType): How the digital human is driven - 1 text only; 3 audio (original voice), which also
            accepts text.
        is_session_started (bool): Whether start_session was called; only started sessions accept drive commands.
        play_stream_addr (str | Unset): The stream's playback address, once the stream was created.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    user_id: str
    session_id: str
    session_status: IvhSessionStatus
    driver_type: IvhDriverType
    is_session_started: bool
    play_stream_addr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        session_id = self.session_id

        session_status = self.session_status.value

        driver_type = self.driver_type.value

        is_session_started = self.is_session_started

        play_stream_addr = self.play_stream_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
                "SessionId": session_id,
                "SessionStatus": session_status,
                "DriverType": driver_type,
                "IsSessionStarted": is_session_started,
            }
        )
        if play_stream_addr is not UNSET:
            field_dict["PlayStreamAddr"] = play_stream_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SessionSummary", "", "an object", src_dict)
        d = dict(src_dict)
        _user_id = d.pop("UserId", UNSET)
        if not isinstance(_user_id, str):
            raise ResponseValidationError.unexpected("SessionSummary", "UserId", "a string", _user_id)
        user_id = _user_id

        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("SessionSummary", "SessionId", "a string", _session_id)
        session_id = _session_id

        _session_status = d.pop("SessionStatus", UNSET)
        session_status = parse_enum(IvhSessionStatus, _session_status, "SessionSummary", "SessionStatus")

        _driver_type = d.pop("DriverType", UNSET)
        driver_type = parse_enum(IvhDriverType, _driver_type, "SessionSummary", "DriverType")

        _is_session_started = d.pop("IsSessionStarted", UNSET)
        if not isinstance(_is_session_started, bool):
            raise ResponseValidationError.unexpected(
                "SessionSummary", "IsSessionStarted", "a boolean", _is_session_started
            )
        is_session_started = _is_session_started

        _play_stream_addr = d.pop("PlayStreamAddr", UNSET)
        play_stream_addr: str | Unset = UNSET
        if _play_stream_addr is not UNSET:
            if not isinstance(_play_stream_addr, str):
                raise ResponseValidationError.unexpected(
                    "SessionSummary", "PlayStreamAddr", "a string", _play_stream_addr
                )
            play_stream_addr = _play_stream_addr

        _parsed = cls(
            user_id=user_id,
            session_id=session_id,
            session_status=session_status,
            driver_type=driver_type,
            is_session_started=is_session_started,
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
