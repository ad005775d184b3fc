from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.relay_extends import RelayExtends


T = TypeVar("T", bound="RelayExtendsRequest")


@_attrs_define
class RelayExtendsRequest:
    """
    Attributes:
        extends (RelayExtends): Free-form extension fields of a relay session.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    extends: RelayExtends
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extends = self.extends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extends": extends,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RelayExtendsRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _extends = d.pop("extends", UNSET)
        if not isinstance(_extends, dict):
            raise ResponseValidationError.unexpected("RelayExtendsRequest", "extends", "an object", _extends)
        try:
            extends = RelayExtends.from_dict(_extends)
        except ResponseValidationError as error:
            raise error.inside("RelayExtendsRequest", "extends") from None

        _parsed = cls(
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
