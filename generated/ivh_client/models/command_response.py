from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_ack import CommandAck
    from ..models.ivh_no_payload import IvhNoPayload
    from ..models.ivh_response_header import IvhResponseHeader


T = TypeVar("T", bound="CommandResponse")


@_attrs_define
class CommandResponse:
    """Envelope of send_command; the page's sample has no `Payload`.

    Attributes:
        header (IvhResponseHeader):
        payload (CommandAck | IvhNoPayload | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    header: IvhResponseHeader
    payload: CommandAck | IvhNoPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        payload: dict[str, Any] | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, CommandAck):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Header": header,
            }
        )
        if payload is not UNSET:
            field_dict["Payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CommandResponse", "", "an object", src_dict)
        d = dict(src_dict)
        _header = d.pop("Header", UNSET)
        if not isinstance(_header, dict):
            raise ResponseValidationError.unexpected("CommandResponse", "Header", "an object", _header)
        try:
            header = IvhResponseHeader.from_dict(_header)
        except ResponseValidationError as error:
            raise error.inside("CommandResponse", "Header") from None

        _payload = d.pop("Payload", UNSET)
        payload: CommandAck | IvhNoPayload | Unset = UNSET
        if _payload is not UNSET:

            def _parse_payload(data: object) -> CommandAck | IvhNoPayload:
                if isinstance(data, dict):
                    try:
                        return CommandAck.from_dict(data)
                    except ResponseValidationError:
                        pass
                if isinstance(data, dict):
                    try:
                        return IvhNoPayload.from_dict(data)
                    except ResponseValidationError:
                        pass
                raise ResponseValidationError.unexpected("CommandResponse", "Payload", "an object or an object", data)

            payload = _parse_payload(_payload)

        _parsed = cls(
            header=header,
            payload=payload,
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
from ..models.command_ack import CommandAck
from ..models.ivh_no_payload import IvhNoPayload
from ..models.ivh_response_header import IvhResponseHeader
