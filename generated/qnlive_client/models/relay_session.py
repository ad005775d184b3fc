from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.relay_status import RelayStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relay_extends import RelayExtends


T = TypeVar("T", bound="RelaySession")


@_attrs_define
class RelaySession:
    """
    Attributes:
        sid (str): The relay session's id.
        init_user_id (str): The initiating host's user id.
        init_room_id (str): The initiating host's live room.
        recv_room_id (str): The receiving host's live room.
        recv_user_id (str): The receiving host's user id.
        status (RelayStatus): 0 waiting for the receiver to accept; 1 receiver accepted; 2 initiator finished relaying;
            3 receiver finished relaying; 4 both finished; 5 receiver rejected; 6 relay ended.
        start_at (str | Unset): When the relay started (`YYYY-MM-DD hh:mm:ss`).
        stop_at (str | Unset): When the relay stopped (`YYYY-MM-DD hh:mm:ss`).
        extends (RelayExtends | Unset): Free-form extension fields of a relay session.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    sid: str
    init_user_id: str
    init_room_id: str
    recv_room_id: str
    recv_user_id: str
    status: RelayStatus
    start_at: str | Unset = UNSET
    stop_at: str | Unset = UNSET
    extends: RelayExtends | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sid = self.sid

        init_user_id = self.init_user_id

        init_room_id = self.init_room_id

        recv_room_id = self.recv_room_id

        recv_user_id = self.recv_user_id

        status = self.status.value

        start_at = self.start_at

        stop_at = self.stop_at

        extends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extends, Unset):
            extends = self.extends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sid": sid,
                "init_user_id": init_user_id,
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
                "status": status,
            }
        )
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if stop_at is not UNSET:
            field_dict["stop_at"] = stop_at
        if extends is not UNSET:
            field_dict["extends"] = extends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RelaySession", "", "an object", src_dict)
        d = dict(src_dict)
        _sid = d.pop("sid", UNSET)
        if not isinstance(_sid, str):
            raise ResponseValidationError.unexpected("RelaySession", "sid", "a string", _sid)
        sid = _sid

        _init_user_id = d.pop("init_user_id", UNSET)
        if not isinstance(_init_user_id, str):
            raise ResponseValidationError.unexpected("RelaySession", "init_user_id", "a string", _init_user_id)
        init_user_id = _init_user_id

        _init_room_id = d.pop("init_room_id", UNSET)
        if not isinstance(_init_room_id, str):
            raise ResponseValidationError.unexpected("RelaySession", "init_room_id", "a string", _init_room_id)
        init_room_id = _init_room_id

        _recv_room_id = d.pop("recv_room_id", UNSET)
        if not isinstance(_recv_room_id, str):
            raise ResponseValidationError.unexpected("RelaySession", "recv_room_id", "a string", _recv_room_id)
        recv_room_id = _recv_room_id

        _recv_user_id = d.pop("recv_user_id", UNSET)
        if not isinstance(_recv_user_id, str):
            raise ResponseValidationError.unexpected("RelaySession", "recv_user_id", "a string", _recv_user_id)
        recv_user_id = _recv_user_id

        _status = d.pop("status", UNSET)
        status = parse_enum(RelayStatus, _status, "RelaySession", "status")

        _start_at = d.pop("start_at", UNSET)
        start_at: str | Unset = UNSET
        if _start_at is not UNSET:
            if not isinstance(_start_at, str):
                raise ResponseValidationError.unexpected("RelaySession", "start_at", "a string", _start_at)
            start_at = _start_at

        _stop_at = d.pop("stop_at", UNSET)
        stop_at: str | Unset = UNSET
        if _stop_at is not UNSET:
            if not isinstance(_stop_at, str):
                raise ResponseValidationError.unexpected("RelaySession", "stop_at", "a string", _stop_at)
            stop_at = _stop_at

        _extends = d.pop("extends", UNSET)
        extends: RelayExtends | Unset = UNSET
        if _extends is not UNSET:
            if not isinstance(_extends, dict):
                raise ResponseValidationError.unexpected("RelaySession", "extends", "an object", _extends)
            try:
                extends = RelayExtends.from_dict(_extends)
            except ResponseValidationError as error:
                raise error.inside("RelaySession", "extends") from None

        _parsed = cls(
            sid=sid,
            init_user_id=init_user_id,
            init_room_id=init_room_id,
            recv_room_id=recv_room_id,
            recv_user_id=recv_user_id,
            status=status,
            start_at=start_at,
            stop_at=stop_at,
            extends=extends,
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
from ..models.relay_extends import RelayExtends
