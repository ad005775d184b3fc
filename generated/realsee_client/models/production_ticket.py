from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductionTicket")


@_attrs_define
class ProductionTicket:
    """A one-time ticket for the capture SDK.

    Attributes:
        ticket (str | Unset): The ticket; valid five minutes, for one use.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    ticket: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ProductionTicket", "", "an object", src_dict)
        d = dict(src_dict)
        _ticket = d.pop("ticket", UNSET)
        ticket: str | Unset = UNSET
        if _ticket is not UNSET:
            if not isinstance(_ticket, str):
                raise ResponseValidationError.unexpected("ProductionTicket", "ticket", "a string", _ticket)
            ticket = _ticket

        if isinstance(ticket, str):
            register_secret(ticket)

        _parsed = cls(
            ticket=ticket,
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
