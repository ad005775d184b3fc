from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_user_extension import LiveUserExtension


T = TypeVar("T", bound="LiveRoomUser")


@_attrs_define
class LiveRoomUser:
    """A user in the room.

    Attributes:
        app_id (int | Unset): The application's id.
        create_time (str | Unset): When the user entered.
        custom_user_id (str | Unset): Your system's id of the user.
        extension (LiveUserExtension | Unset): A user's extra information, as pushed to the room.
        passport_user_id (str | Unset): Realsee's id of the user.
        status (int | Unset): The user's state code.
        user_role (str | Unset): The user's role.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    app_id: int | Unset = UNSET
    create_time: str | Unset = UNSET
    custom_user_id: str | Unset = UNSET
    extension: LiveUserExtension | Unset = UNSET
    passport_user_id: str | Unset = UNSET
    status: int | Unset = UNSET
    user_role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        create_time = self.create_time

        custom_user_id = self.custom_user_id

        extension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension, Unset):
            extension = self.extension.to_dict()

        passport_user_id = self.passport_user_id

        status = self.status

        user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if custom_user_id is not UNSET:
            field_dict["custom_user_id"] = custom_user_id
        if extension is not UNSET:
            field_dict["extension"] = extension
        if passport_user_id is not UNSET:
            field_dict["passport_user_id"] = passport_user_id
        if status is not UNSET:
            field_dict["status"] = status
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveRoomUser", "", "an object", src_dict)
        d = dict(src_dict)
        _app_id = d.pop("app_id", UNSET)
        app_id: int | Unset = UNSET
        if _app_id is not UNSET:
            if not isinstance(_app_id, int) or isinstance(_app_id, bool):
                raise ResponseValidationError.unexpected("LiveRoomUser", "app_id", "an integer", _app_id)
            app_id = _app_id

        _create_time = d.pop("create_time", UNSET)
        create_time: str | Unset = UNSET
        if _create_time is not UNSET:
            if not isinstance(_create_time, str):
                raise ResponseValidationError.unexpected("LiveRoomUser", "create_time", "a string", _create_time)
            create_time = _create_time

        _custom_user_id = d.pop("custom_user_id", UNSET)
        custom_user_id: str | Unset = UNSET
        if _custom_user_id is not UNSET:
            if not isinstance(_custom_user_id, str):
                raise ResponseValidationError.unexpected("LiveRoomUser", "custom_user_id", "a string", _custom_user_id)
            custom_user_id = _custom_user_id

        _extension = d.pop("extension", UNSET)
        extension: LiveUserExtension | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, dict):
                raise ResponseValidationError.unexpected("LiveRoomUser", "extension", "an object", _extension)
            try:
                extension = LiveUserExtension.from_dict(_extension)
            except ResponseValidationError as error:
                raise error.inside("LiveRoomUser", "extension") from None

        _passport_user_id = d.pop("passport_user_id", UNSET)
        passport_user_id: str | Unset = UNSET
        if _passport_user_id is not UNSET:
            if not isinstance(_passport_user_id, str):
                raise ResponseValidationError.unexpected(
                    "LiveRoomUser", "passport_user_id", "a string", _passport_user_id
                )
            passport_user_id = _passport_user_id

        _status = d.pop("status", UNSET)
        status: int | Unset = UNSET
        if _status is not UNSET:
            if not isinstance(_status, int) or isinstance(_status, bool):
                raise ResponseValidationError.unexpected("LiveRoomUser", "status", "an integer", _status)
            status = _status

        _user_role = d.pop("user_role", UNSET)
        user_role: str | Unset = UNSET
        if _user_role is not UNSET:
            if not isinstance(_user_role, str):
                raise ResponseValidationError.unexpected("LiveRoomUser", "user_role", "a string", _user_role)
            user_role = _user_role

        _parsed = cls(
            app_id=app_id,
            create_time=create_time,
            custom_user_id=custom_user_id,
            extension=extension,
            passport_user_id=passport_user_id,
            status=status,
            user_role=user_role,
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
from ..models.live_user_extension import LiveUserExtension
