from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

if TYPE_CHECKING:
    from ..models.live_role import LiveRole


T = TypeVar("T", bound="LiveAppRole")


@_attrs_define
class LiveAppRole:
    """Per-role configuration keyed by role id (`"1"`, `"2"`, ...).

    Attributes:
        additional_properties (dict[str, LiveRole]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    additional_properties: dict[str, LiveRole] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveAppRole", "", "an object", src_dict)
        d = dict(src_dict)
        _parsed = cls()

        additional_properties: dict[str, LiveRole] = {}
        for prop_name, prop_value in d.items():
            if not isinstance(prop_value, dict):
                raise ResponseValidationError.unexpected("LiveAppRole", prop_name, "an object", prop_value)
            try:
                prop_parsed = LiveRole.from_dict(prop_value)
            except ResponseValidationError as error:
                raise error.inside("LiveAppRole", prop_name) from None

            additional_properties[prop_name] = prop_parsed
        _parsed.additional_properties = additional_properties
        return _parsed

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LiveRole:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LiveRole) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one parses and serialises, imported after the class so that models referring to
# each other import in any order, and found as globals rather than imported on every call.
from ..models.live_role import LiveRole
