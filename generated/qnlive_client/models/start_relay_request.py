from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relay_extends import RelayExtends


T = TypeVar("T", bound="StartRelayRequest")


@_attrs_define
class StartRelayRequest:
    """
    Attributes:
        init_room_id (str): The initiating host's live room.
        recv_room_id (str): The receiving host's live room.
        recv_user_id (str): The receiving host's user id.
        extends (RelayExtends | Unset): Free-form extension fields of a relay session.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    init_room_id: str
    recv_room_id: str
    recv_user_id: str
    extends: RelayExtends | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        init_room_id = self.init_room_id

        recv_room_id = self.recv_room_id

        recv_user_id = self.recv_user_id

        extends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extends, Unset):
            extends = self.extends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "init_room_id": init_room_id,
                "recv_room_id": recv_room_id,
                "recv_user_id": recv_user_id,
            }
        )
        if extends is not UNSET:
            field_dict["extends"] = extends

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("StartRelayRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _init_room_id = d.pop("init_room_id", UNSET)
        if not isinstance(_init_room_id, str):
            raise ResponseValidationError.unexpected("StartRelayRequest", "init_room_id", "a string", _init_room_id)
        init_room_id = _init_room_id

        _recv_room_id = d.pop("recv_room_id", UNSET)
        if not isinstance(_recv_room_id, str):
            raise ResponseValidationError.unexpected("StartRelayRequest", "recv_room_id", "a string", _recv_room_id)
        recv_room_id = _recv_room_id

        _recv_user_id = d.pop("recv_user_id", UNSET)
        if not isinstance(_recv_user_id, str):
            raise ResponseValidationError.unexpected("StartRelayRequest", "recv_user_id", "a string", _recv_user_id)
        recv_user_id = _recv_user_id

        _extends = d.pop("extends", UNSET)
        extends: RelayExtends | Unset = UNSET
        if _extends is not UNSET:
            if not isinstance(_extends, dict):
                raise ResponseValidationError.unexpected("StartRelayRequest", "extends", "an object", _extends)
            try:
                extends = RelayExtends.from_dict(_extends)
            except ResponseValidationError as error:
                raise error.inside("StartRelayRequest", "extends") from None

        _parsed = cls(
            init_room_id=init_room_id,
            recv_room_id=recv_room_id,
            recv_user_id=recv_user_id,
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
