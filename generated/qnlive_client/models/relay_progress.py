from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.relay_status import RelayStatus
from ..types import UNSET

T = TypeVar("T", bound="RelayProgress")


@_attrs_define
class RelayProgress:
    """
    Attributes:
        relay_id (str): The relay session's id.
        relay_status (RelayStatus): 0 waiting for the receiver to accept; 1 receiver accepted; 2 initiator finished
            relaying;
            3 receiver finished relaying; 4 both finished; 5 receiver rejected; 6 relay ended.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    relay_id: str
    relay_status: RelayStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relay_id = self.relay_id

        relay_status = self.relay_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relay_id": relay_id,
                "relay_status": relay_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RelayProgress", "", "an object", src_dict)
        d = dict(src_dict)
        _relay_id = d.pop("relay_id", UNSET)
        if not isinstance(_relay_id, str):
            raise ResponseValidationError.unexpected("RelayProgress", "relay_id", "a string", _relay_id)
        relay_id = _relay_id

        _relay_status = d.pop("relay_status", UNSET)
        relay_status = parse_enum(RelayStatus, _relay_status, "RelayProgress", "relay_status")

        _parsed = cls(
            relay_id=relay_id,
            relay_status=relay_status,
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
