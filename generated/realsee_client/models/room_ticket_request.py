from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoomTicketRequest")


@_attrs_define
class RoomTicketRequest:
    """
    Attributes:
        app_id (str): The application id from the console.
        room_code (str): The room to enter.
        user_id (str): Your system's id of the user entering the room.
        user_role (str): The user's role; must be one of the roles configured in the console.
        user_extension (str | Unset): JSON-encoded object of the user's extra information (nickname, avatar, source...).
        extension (str | Unset): Older name of `user_extension`; a JSON-encoded object.
        basic_code (str | Unset): Code of the VR space shown in the room.
        params_code (str | Unset): Code of the room's parameter set.
        resource_code (str | Unset): Code of the room's resource set.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    app_id: str
    room_code: str
    user_id: str
    user_role: str
    user_extension: str | Unset = UNSET
    extension: str | Unset = UNSET
    basic_code: str | Unset = UNSET
    params_code: str | Unset = UNSET
    resource_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        room_code = self.room_code

        user_id = self.user_id

        user_role = self.user_role

        user_extension = self.user_extension

        extension = self.extension

        basic_code = self.basic_code

        params_code = self.params_code

        resource_code = self.resource_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "room_code": room_code,
                "user_id": user_id,
                "user_role": user_role,
            }
        )
        if user_extension is not UNSET:
            field_dict["user_extension"] = user_extension
        if extension is not UNSET:
            field_dict["extension"] = extension
        if basic_code is not UNSET:
            field_dict["basic_code"] = basic_code
        if params_code is not UNSET:
            field_dict["params_code"] = params_code
        if resource_code is not UNSET:
            field_dict["resource_code"] = resource_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RoomTicketRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        if not isinstance(_app_id, str):
            raise ResponseValidationError.unexpected("RoomTicketRequest", "app_id", "a string", _app_id)
        app_id = _app_id

        _room_code = d.pop("room_code", UNSET)
        if not isinstance(_room_code, str):
            raise ResponseValidationError.unexpected("RoomTicketRequest", "room_code", "a string", _room_code)
        room_code = _room_code

        _user_id = d.pop("user_id", UNSET)
        if not isinstance(_user_id, str):
            raise ResponseValidationError.unexpected("RoomTicketRequest", "user_id", "a string", _user_id)
        user_id = _user_id

        _user_role = d.pop("user_role", UNSET)
        if not isinstance(_user_role, str):
            raise ResponseValidationError.unexpected("RoomTicketRequest", "user_role", "a string", _user_role)
        user_role = _user_role

        _user_extension = d.pop("user_extension", UNSET)
        user_extension: str | Unset = UNSET
        if _user_extension is not UNSET:
            if not isinstance(_user_extension, str):
                raise ResponseValidationError.unexpected(
                    "RoomTicketRequest", "user_extension", "a string", _user_extension
                )
            user_extension = _user_extension

        _extension = d.pop("extension", UNSET)
        extension: str | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, str):
                raise ResponseValidationError.unexpected("RoomTicketRequest", "extension", "a string", _extension)
            extension = _extension

        _basic_code = d.pop("basic_code", UNSET)
        basic_code: str | Unset = UNSET
        if _basic_code is not UNSET:
            if not isinstance(_basic_code, str):
                raise ResponseValidationError.unexpected("RoomTicketRequest", "basic_code", "a string", _basic_code)
            basic_code = _basic_code

        _params_code = d.pop("params_code", UNSET)
        params_code: str | Unset = UNSET
        if _params_code is not UNSET:
            if not isinstance(_params_code, str):
                raise ResponseValidationError.unexpected("RoomTicketRequest", "params_code", "a string", _params_code)
            params_code = _params_code

        _resource_code = d.pop("resource_code", UNSET)
        resource_code: str | Unset = UNSET
        if _resource_code is not UNSET:
            if not isinstance(_resource_code, str):
                raise ResponseValidationError.unexpected(
                    "RoomTicketRequest", "resource_code", "a string", _resource_code
                )
            resource_code = _resource_code

        _parsed = cls(
            app_id=app_id,
            room_code=room_code,
            user_id=user_id,
            user_role=user_role,
            user_extension=user_extension,
            extension=extension,
            basic_code=basic_code,
            params_code=params_code,
            resource_code=resource_code,
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
