from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_event import ChannelEvent
    from ..models.ivh_response_header import IvhResponseHeader


T = TypeVar("T", bound="ChannelEventMessage")


@_attrs_define
class ChannelEventMessage:
    """A downstream message of the command channel.

    Attributes:
        payload (ChannelEvent): What the command channel reports about the session's drives.
        header (IvhResponseHeader | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    payload: ChannelEvent
    header: IvhResponseHeader | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Payload": payload,
            }
        )
        if header is not UNSET:
            field_dict["Header"] = header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ChannelEventMessage", "", "an object", src_dict)
        d = dict(src_dict)
        _payload = d.pop("Payload", UNSET)
        if not isinstance(_payload, dict):
            raise ResponseValidationError.unexpected("ChannelEventMessage", "Payload", "an object", _payload)
        try:
            payload = ChannelEvent.from_dict(_payload)
        except ResponseValidationError as error:
            raise error.inside("ChannelEventMessage", "Payload") from None

        _header = d.pop("Header", UNSET)
        header: IvhResponseHeader | Unset = UNSET
        if _header is not UNSET:
            if not isinstance(_header, dict):
                raise ResponseValidationError.unexpected("ChannelEventMessage", "Header", "an object", _header)
            try:
                header = IvhResponseHeader.from_dict(_header)
            except ResponseValidationError as error:
                raise error.inside("ChannelEventMessage", "Header") from None

        _parsed = cls(
            payload=payload,
            header=header,
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
from ..models.channel_event import ChannelEvent
from ..models.ivh_response_header import IvhResponseHeader
