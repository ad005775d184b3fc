from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_app_extension import LiveAppExtension
    from ..models.live_app_role import LiveAppRole


T = TypeVar("T", bound="LiveApp")


@_attrs_define
class LiveApp:
    """The live application the room belongs to.

    Attributes:
        extension (LiveAppExtension | Unset): The application's live settings. Fields the vendor documents only as
            `null` are typed as
            any JSON value. Keys outside this list (the example carries a hash-like key with a `null`
            value) are kept as additional properties.
        id (int | Unset): The application's id.
        role (LiveAppRole | Unset): Per-role configuration keyed by role id (`"1"`, `"2"`, ...).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    extension: LiveAppExtension | Unset = UNSET
    id: int | Unset = UNSET
    role: LiveAppRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension, Unset):
            extension = self.extension.to_dict()

        id = self.id

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extension is not UNSET:
            field_dict["extension"] = extension
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveApp", "", "an object", src_dict)
        d = dict(src_dict)
        _extension = d.pop("extension", UNSET)
        extension: LiveAppExtension | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, dict):
                raise ResponseValidationError.unexpected("LiveApp", "extension", "an object", _extension)
            try:
                extension = LiveAppExtension.from_dict(_extension)
            except ResponseValidationError as error:
                raise error.inside("LiveApp", "extension") from None

        _id = d.pop("id", UNSET)
        id: int | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, int) or isinstance(_id, bool):
                raise ResponseValidationError.unexpected("LiveApp", "id", "an integer", _id)
            id = _id

        _role = d.pop("role", UNSET)
        role: LiveAppRole | Unset = UNSET
        if _role is not UNSET:
            if not isinstance(_role, dict):
                raise ResponseValidationError.unexpected("LiveApp", "role", "an object", _role)
            try:
                role = LiveAppRole.from_dict(_role)
            except ResponseValidationError as error:
                raise error.inside("LiveApp", "role") from None

        _parsed = cls(
            extension=extension,
            id=id,
            role=role,
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
from ..models.live_app_extension import LiveAppExtension
from ..models.live_app_role import LiveAppRole
