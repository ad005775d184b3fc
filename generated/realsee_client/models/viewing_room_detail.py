from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_app import LiveApp
    from ..models.live_room_user import LiveRoomUser
    from ..models.live_user_extension import LiveUserExtension


T = TypeVar("T", bound="ViewingRoomDetail")


@_attrs_define
class ViewingRoomDetail:
    """A room, its application's configuration and its users.

    Attributes:
        room_code (str): The room's code.
        room_link (str): The room's WebSocket (`wss://`) address.
        active_session_id (int | Unset): Id of the room's current session.
        app (LiveApp | Unset): The live application the room belongs to.
        close_time (str | Unset): When the room was closed.
        create_custom_user_id (str | Unset): Your system's id of the room's creator.
        create_passport_user_id (str | Unset): Realsee's id of the room's creator.
        create_time (str | Unset): When the room was created.
        extension (LiveUserExtension | Unset): A user's extra information, as pushed to the room.
        modify_time (str | Unset): When the room last changed.
        status (int | Unset): The room's state code.
        user_list (list[LiveRoomUser] | Unset): The users in the room.
        voice_id (int | Unset): The room's voice room number.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    room_code: str
    room_link: str
    active_session_id: int | Unset = UNSET
    app: LiveApp | Unset = UNSET
    close_time: str | Unset = UNSET
    create_custom_user_id: str | Unset = UNSET
    create_passport_user_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    extension: LiveUserExtension | Unset = UNSET
    modify_time: str | Unset = UNSET
    status: int | Unset = UNSET
    user_list: list[LiveRoomUser] | Unset = UNSET
    voice_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_code = self.room_code

        room_link = self.room_link

        active_session_id = self.active_session_id

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        close_time = self.close_time

        create_custom_user_id = self.create_custom_user_id

        create_passport_user_id = self.create_passport_user_id

        create_time = self.create_time

        extension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extension, Unset):
            extension = self.extension.to_dict()

        modify_time = self.modify_time

        status = self.status

        user_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_list, Unset):
            user_list = []
            for user_list_item_data in self.user_list:
                user_list_item = user_list_item_data.to_dict()
                user_list.append(user_list_item)

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "room_code": room_code,
                "room_link": room_link,
            }
        )
        if active_session_id is not UNSET:
            field_dict["active_session_id"] = active_session_id
        if app is not UNSET:
            field_dict["app"] = app
        if close_time is not UNSET:
            field_dict["close_time"] = close_time
        if create_custom_user_id is not UNSET:
            field_dict["create_custom_user_id"] = create_custom_user_id
        if create_passport_user_id is not UNSET:
            field_dict["create_passport_user_id"] = create_passport_user_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if extension is not UNSET:
            field_dict["extension"] = extension
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time
        if status is not UNSET:
            field_dict["status"] = status
        if user_list is not UNSET:
            field_dict["user_list"] = user_list
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ViewingRoomDetail", "", "an object", src_dict)
        d = dict(src_dict)
        _room_code = d.pop("room_code", UNSET)
        if not isinstance(_room_code, str):
            raise ResponseValidationError.unexpected("ViewingRoomDetail", "room_code", "a string", _room_code)
        room_code = _room_code

        _room_link = d.pop("room_link", UNSET)
        if not isinstance(_room_link, str):
            raise ResponseValidationError.unexpected("ViewingRoomDetail", "room_link", "a string", _room_link)
        room_link = _room_link

        _active_session_id = d.pop("active_session_id", UNSET)
        active_session_id: int | Unset = UNSET
        if _active_session_id is not UNSET:
            if not isinstance(_active_session_id, int) or isinstance(_active_session_id, bool):
                raise ResponseValidationError.unexpected(
                    "ViewingRoomDetail", "active_session_id", "an integer", _active_session_id
                )
            active_session_id = _active_session_id

        _app = d.pop("app", UNSET)
        app: LiveApp | Unset = UNSET
        if _app is not UNSET:
            if not isinstance(_app, dict):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "app", "an object", _app)
            try:
                app = LiveApp.from_dict(_app)
            except ResponseValidationError as error:
                raise error.inside("ViewingRoomDetail", "app") from None

        _close_time = d.pop("close_time", UNSET)
        close_time: str | Unset = UNSET
        if _close_time is not UNSET:
            if not isinstance(_close_time, str):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "close_time", "a string", _close_time)
            close_time = _close_time

        _create_custom_user_id = d.pop("create_custom_user_id", UNSET)
        create_custom_user_id: str | Unset = UNSET
        if _create_custom_user_id is not UNSET:
            if not isinstance(_create_custom_user_id, str):
                raise ResponseValidationError.unexpected(
                    "ViewingRoomDetail", "create_custom_user_id", "a string", _create_custom_user_id
                )
            create_custom_user_id = _create_custom_user_id

        _create_passport_user_id = d.pop("create_passport_user_id", UNSET)
        create_passport_user_id: str | Unset = UNSET
        if _create_passport_user_id is not UNSET:
            if not isinstance(_create_passport_user_id, str):
                raise ResponseValidationError.unexpected(
                    "ViewingRoomDetail", "create_passport_user_id", "a string", _create_passport_user_id
                )
            create_passport_user_id = _create_passport_user_id

        _create_time = d.pop("create_time", UNSET)
        create_time: str | Unset = UNSET
        if _create_time is not UNSET:
            if not isinstance(_create_time, str):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "create_time", "a string", _create_time)
            create_time = _create_time

        _extension = d.pop("extension", UNSET)
        extension: LiveUserExtension | Unset = UNSET
        if _extension is not UNSET:
            if not isinstance(_extension, dict):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "extension", "an object", _extension)
            try:
                extension = LiveUserExtension.from_dict(_extension)
            except ResponseValidationError as error:
                raise error.inside("ViewingRoomDetail", "extension") from None

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: str | Unset = UNSET
        if _modify_time is not UNSET:
            if not isinstance(_modify_time, str):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "modify_time", "a string", _modify_time)
            modify_time = _modify_time

        _status = d.pop("status", UNSET)
        status: int | Unset = UNSET
        if _status is not UNSET:
            if not isinstance(_status, int) or isinstance(_status, bool):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "status", "an integer", _status)
            status = _status

        _user_list = d.pop("user_list", UNSET)
        user_list: list[LiveRoomUser] | Unset = UNSET
        if _user_list is not UNSET:
            if not isinstance(_user_list, list):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "user_list", "a list", _user_list)
            user_list_items: list[LiveRoomUser] = []
            for user_list_index, user_list_item in enumerate(_user_list):
                if not isinstance(user_list_item, dict):
                    raise ResponseValidationError.unexpected(
                        "ViewingRoomDetail", "user_list" + f"[{user_list_index}]", "an object", user_list_item
                    )
                try:
                    user_list_parsed = LiveRoomUser.from_dict(user_list_item)
                except ResponseValidationError as error:
                    raise error.inside("ViewingRoomDetail", "user_list" + f"[{user_list_index}]") from None

                user_list_items.append(user_list_parsed)
            user_list = user_list_items

        _voice_id = d.pop("voice_id", UNSET)
        voice_id: int | Unset = UNSET
        if _voice_id is not UNSET:
            if not isinstance(_voice_id, int) or isinstance(_voice_id, bool):
                raise ResponseValidationError.unexpected("ViewingRoomDetail", "voice_id", "an integer", _voice_id)
            voice_id = _voice_id

        _parsed = cls(
            room_code=room_code,
            room_link=room_link,
            active_session_id=active_session_id,
            app=app,
            close_time=close_time,
            create_custom_user_id=create_custom_user_id,
            create_passport_user_id=create_passport_user_id,
            create_time=create_time,
            extension=extension,
            modify_time=modify_time,
            status=status,
            user_list=user_list,
            voice_id=voice_id,
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
from ..models.live_app import LiveApp
from ..models.live_room_user import LiveRoomUser
from ..models.live_user_extension import LiveUserExtension
