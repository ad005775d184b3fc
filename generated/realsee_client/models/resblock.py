from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="Resblock")


@_attrs_define
class Resblock:
    """A residential community.

    Attributes:
        resblock_id (str | Unset): The community's id.
        resblock_name (str | Unset): The community's name.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    resblock_id: str | Unset = UNSET
    resblock_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resblock_id = self.resblock_id

        resblock_name = self.resblock_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resblock_id is not UNSET:
            field_dict["resblock_id"] = resblock_id
        if resblock_name is not UNSET:
            field_dict["resblock_name"] = resblock_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("Resblock", "", "an object", src_dict)
        d = dict(src_dict)
        _resblock_id = d.pop("resblock_id", UNSET)
        resblock_id: str | Unset = UNSET
        if _resblock_id is not UNSET:
            if not isinstance(_resblock_id, str):
                raise ResponseValidationError.unexpected("Resblock", "resblock_id", "a string", _resblock_id)
            resblock_id = _resblock_id

        _resblock_name = d.pop("resblock_name", UNSET)
        resblock_name: str | Unset = UNSET
        if _resblock_name is not UNSET:
            if not isinstance(_resblock_name, str):
                raise ResponseValidationError.unexpected("Resblock", "resblock_name", "a string", _resblock_name)
            resblock_name = _resblock_name

        _parsed = cls(
            resblock_id=resblock_id,
            resblock_name=resblock_name,
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
