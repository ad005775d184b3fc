from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateViewingRoomRequest")


@_attrs_define
class CreateViewingRoomRequest:
    """
    Attributes:
        app_id (str): The application id from the console.
        create_user_id (str): Your system's id of the user creating the room.
        create_user_role (str): The creator's role; must be one of the roles configured in the console.
        members (str): JSON-encoded list of the room's members, each `{"user_id", "user_role", "extension"}`
            (`extension` an object pushed to the room when the user enters). `"[]"` for a room with
            only its creator.
        additive (str | Unset): JSON-encoded object of extra information carried by the room's event callbacks.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    app_id: str
    create_user_id: str
    create_user_role: str
    members: str
    additive: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        create_user_id = self.create_user_id

        create_user_role = self.create_user_role

        members = self.members

        additive = self.additive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "create_user_id": create_user_id,
                "create_user_role": create_user_role,
                "members": members,
            }
        )
        if additive is not UNSET:
            field_dict["additive"] = additive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreateViewingRoomRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        if not isinstance(_app_id, str):
            raise ResponseValidationError.unexpected("CreateViewingRoomRequest", "app_id", "a string", _app_id)
        app_id = _app_id

        _create_user_id = d.pop("create_user_id", UNSET)
        if not isinstance(_create_user_id, str):
            raise ResponseValidationError.unexpected(
                "CreateViewingRoomRequest", "create_user_id", "a string", _create_user_id
            )
        create_user_id = _create_user_id

        _create_user_role = d.pop("create_user_role", UNSET)
        if not isinstance(_create_user_role, str):
            raise ResponseValidationError.unexpected(
                "CreateViewingRoomRequest", "create_user_role", "a string", _create_user_role
            )
        create_user_role = _create_user_role

        _members = d.pop("members", UNSET)
        if not isinstance(_members, str):
            raise ResponseValidationError.unexpected("CreateViewingRoomRequest", "members", "a string", _members)
        members = _members

        _additive = d.pop("additive", UNSET)
        additive: str | Unset = UNSET
        if _additive is not UNSET:
            if not isinstance(_additive, str):
                raise ResponseValidationError.unexpected("CreateViewingRoomRequest", "additive", "a string", _additive)
            additive = _additive

        _parsed = cls(
            app_id=app_id,
            create_user_id=create_user_id,
            create_user_role=create_user_role,
            members=members,
            additive=additive,
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
