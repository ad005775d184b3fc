from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_session_status import IvhSessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionStat")


@_attrs_define
class SessionStat:
    """
    Attributes:
        req_id (str): The request's ReqId.
        session_status (IvhSessionStatus): 1 ready (in progress), 2 closed, 3 preparing, 4 creation failed.
        is_session_started (bool): Whether start_session was called; only started sessions accept drive commands.
        error_code (int): The error behind the current status; 0 when all is well.
        play_stream_addr (str | Unset): The stream's playback address.
        speak_status (str | Unset): The digital human's speech state: Initial, WaitingTextStart, TextStart,
            WaitingTextOver,
            TextOver, WaitingAudioStart, AudioStart, WaitingAudioOver, AudioOver, or Error (the last
            drive command failed; later commands still work).
        error_message (str | Unset): The message of `ErrorCode`.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    session_status: IvhSessionStatus
    is_session_started: bool
    error_code: int
    play_stream_addr: str | Unset = UNSET
    speak_status: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        session_status = self.session_status.value

        is_session_started = self.is_session_started

        error_code = self.error_code

        play_stream_addr = self.play_stream_addr

        speak_status = self.speak_status

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "SessionStatus": session_status,
                "IsSessionStarted": is_session_started,
                "ErrorCode": error_code,
            }
        )
        if play_stream_addr is not UNSET:
            field_dict["PlayStreamAddr"] = play_stream_addr
        if speak_status is not UNSET:
            field_dict["SpeakStatus"] = speak_status
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SessionStat", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("SessionStat", "ReqId", "a string", _req_id)
        req_id = _req_id

        _session_status = d.pop("SessionStatus", UNSET)
        session_status = parse_enum(IvhSessionStatus, _session_status, "SessionStat", "SessionStatus")

        _is_session_started = d.pop("IsSessionStarted", UNSET)
        if not isinstance(_is_session_started, bool):
            raise ResponseValidationError.unexpected(
                "SessionStat", "IsSessionStarted", "a boolean", _is_session_started
            )
        is_session_started = _is_session_started

        _error_code = d.pop("ErrorCode", UNSET)
        if not isinstance(_error_code, int) or isinstance(_error_code, bool):
            raise ResponseValidationError.unexpected("SessionStat", "ErrorCode", "an integer", _error_code)
        error_code = _error_code

        _play_stream_addr = d.pop("PlayStreamAddr", UNSET)
        play_stream_addr: str | Unset = UNSET
        if _play_stream_addr is not UNSET:
            if not isinstance(_play_stream_addr, str):
                raise ResponseValidationError.unexpected("SessionStat", "PlayStreamAddr", "a string", _play_stream_addr)
            play_stream_addr = _play_stream_addr

        _speak_status = d.pop("SpeakStatus", UNSET)
        speak_status: str | Unset = UNSET
        if _speak_status is not UNSET:
            if not isinstance(_speak_status, str):
                raise ResponseValidationError.unexpected("SessionStat", "SpeakStatus", "a string", _speak_status)
            speak_status = _speak_status

        _error_message = d.pop("ErrorMessage", UNSET)
        error_message: str | Unset = UNSET
        if _error_message is not UNSET:
            if not isinstance(_error_message, str):
                raise ResponseValidationError.unexpected("SessionStat", "ErrorMessage", "a string", _error_message)
            error_message = _error_message

        _parsed = cls(
            req_id=req_id,
            session_status=session_status,
            is_session_started=is_session_started,
            error_code=error_code,
            play_stream_addr=play_stream_addr,
            speak_status=speak_status,
            error_message=error_message,
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
