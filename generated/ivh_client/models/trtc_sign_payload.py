from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrtcSignPayload")


@_attrs_define
class TrtcSignPayload:
    """
    Attributes:
        req_id (str): The caller's unique id of this request, a 32-character UUID without dashes.
        session_id (str): The session's id.
        room_id (str): The TRTC room, parsed from the session's playback address.
        user_id (str): The id of the user entering the room.
        str_room_id (str | Unset): The TRTC room as a string id (newer Chinese page).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    session_id: str
    room_id: str
    user_id: str
    str_room_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        session_id = self.session_id

        room_id = self.room_id

        user_id = self.user_id

        str_room_id = self.str_room_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "SessionId": session_id,
                "RoomId": room_id,
                "UserId": user_id,
            }
        )
        if str_room_id is not UNSET:
            field_dict["StrRoomId"] = str_room_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("TrtcSignPayload", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("TrtcSignPayload", "ReqId", "a string", _req_id)
        req_id = _req_id

        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("TrtcSignPayload", "SessionId", "a string", _session_id)
        session_id = _session_id

        _room_id = d.pop("RoomId", UNSET)
        if not isinstance(_room_id, str):
            raise ResponseValidationError.unexpected("TrtcSignPayload", "RoomId", "a string", _room_id)
        room_id = _room_id

        _user_id = d.pop("UserId", UNSET)
        if not isinstance(_user_id, str):
            raise ResponseValidationError.unexpected("TrtcSignPayload", "UserId", "a string", _user_id)
        user_id = _user_id

        _str_room_id = d.pop("StrRoomId", UNSET)
        str_room_id: str | Unset = UNSET
        if _str_room_id is not UNSET:
            if not isinstance(_str_room_id, str):
                raise ResponseValidationError.unexpected("TrtcSignPayload", "StrRoomId", "a string", _str_room_id)
            str_room_id = _str_room_id

        _parsed = cls(
            req_id=req_id,
            session_id=session_id,
            room_id=room_id,
            user_id=user_id,
            str_room_id=str_room_id,
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
