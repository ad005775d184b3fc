from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveRoleConfig")


@_attrs_define
class LiveRoleConfig:
    """What a user with this role may do.

    Attributes:
        apply_other_phone (bool | Unset):
        auto_destroy (bool | Unset):
        change_other_status (bool | Unset):
        close_live_room (bool | Unset):
        close_room (bool | Unset):
        control_micro (bool | Unset):
        control_other_micro (bool | Unset):
        control_own_micro (bool | Unset):
        dynamic_enter (bool | Unset):
        extension (Any | Unset): Documented only as `null`.
        forbidden_sync (bool | Unset):
        invite_other (bool | Unset):
        micro_default_state (bool | Unset):
        more_vr_scene (bool | Unset):
        mute_others (bool | Unset):
        sync (bool | Unset):
        sync_frame (bool | Unset):
        transfer_role (bool | Unset):
        view_other_micro_status (bool | Unset):
        view_own_micro_status (bool | Unset):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    apply_other_phone: bool | Unset = UNSET
    auto_destroy: bool | Unset = UNSET
    change_other_status: bool | Unset = UNSET
    close_live_room: bool | Unset = UNSET
    close_room: bool | Unset = UNSET
    control_micro: bool | Unset = UNSET
    control_other_micro: bool | Unset = UNSET
    control_own_micro: bool | Unset = UNSET
    dynamic_enter: bool | Unset = UNSET
    extension: Any | Unset = UNSET
    forbidden_sync: bool | Unset = UNSET
    invite_other: bool | Unset = UNSET
    micro_default_state: bool | Unset = UNSET
    more_vr_scene: bool | Unset = UNSET
    mute_others: bool | Unset = UNSET
    sync: bool | Unset = UNSET
    sync_frame: bool | Unset = UNSET
    transfer_role: bool | Unset = UNSET
    view_other_micro_status: bool | Unset = UNSET
    view_own_micro_status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_other_phone = self.apply_other_phone

        auto_destroy = self.auto_destroy

        change_other_status = self.change_other_status

        close_live_room = self.close_live_room

        close_room = self.close_room

        control_micro = self.control_micro

        control_other_micro = self.control_other_micro

        control_own_micro = self.control_own_micro

        dynamic_enter = self.dynamic_enter

        extension = self.extension

        forbidden_sync = self.forbidden_sync

        invite_other = self.invite_other

        micro_default_state = self.micro_default_state

        more_vr_scene = self.more_vr_scene

        mute_others = self.mute_others

        sync = self.sync

        sync_frame = self.sync_frame

        transfer_role = self.transfer_role

        view_other_micro_status = self.view_other_micro_status

        view_own_micro_status = self.view_own_micro_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_other_phone is not UNSET:
            field_dict["apply_other_phone"] = apply_other_phone
        if auto_destroy is not UNSET:
            field_dict["auto_destroy"] = auto_destroy
        if change_other_status is not UNSET:
            field_dict["change_other_status"] = change_other_status
        if close_live_room is not UNSET:
            field_dict["close_live_room"] = close_live_room
        if close_room is not UNSET:
            field_dict["close_room"] = close_room
        if control_micro is not UNSET:
            field_dict["control_micro"] = control_micro
        if control_other_micro is not UNSET:
            field_dict["control_other_micro"] = control_other_micro
        if control_own_micro is not UNSET:
            field_dict["control_own_micro"] = control_own_micro
        if dynamic_enter is not UNSET:
            field_dict["dynamic_enter"] = dynamic_enter
        if extension is not UNSET:
            field_dict["extension"] = extension
        if forbidden_sync is not UNSET:
            field_dict["forbidden_sync"] = forbidden_sync
        if invite_other is not UNSET:
            field_dict["invite_other"] = invite_other
        if micro_default_state is not UNSET:
            field_dict["micro_default_state"] = micro_default_state
        if more_vr_scene is not UNSET:
            field_dict["more_vr_scene"] = more_vr_scene
        if mute_others is not UNSET:
            field_dict["mute_others"] = mute_others
        if sync is not UNSET:
            field_dict["sync"] = sync
        if sync_frame is not UNSET:
            field_dict["sync_frame"] = sync_frame
        if transfer_role is not UNSET:
            field_dict["transfer_role"] = transfer_role
        if view_other_micro_status is not UNSET:
            field_dict["view_other_micro_status"] = view_other_micro_status
        if view_own_micro_status is not UNSET:
            field_dict["view_own_micro_status"] = view_own_micro_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveRoleConfig", "", "an object", src_dict)
        d = dict(src_dict)
        _apply_other_phone = d.pop("apply_other_phone", UNSET)
        apply_other_phone: bool | Unset = UNSET
        if _apply_other_phone is not UNSET:
            if not isinstance(_apply_other_phone, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "apply_other_phone", "a boolean", _apply_other_phone
                )
            apply_other_phone = _apply_other_phone

        _auto_destroy = d.pop("auto_destroy", UNSET)
        auto_destroy: bool | Unset = UNSET
        if _auto_destroy is not UNSET:
            if not isinstance(_auto_destroy, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "auto_destroy", "a boolean", _auto_destroy)
            auto_destroy = _auto_destroy

        _change_other_status = d.pop("change_other_status", UNSET)
        change_other_status: bool | Unset = UNSET
        if _change_other_status is not UNSET:
            if not isinstance(_change_other_status, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "change_other_status", "a boolean", _change_other_status
                )
            change_other_status = _change_other_status

        _close_live_room = d.pop("close_live_room", UNSET)
        close_live_room: bool | Unset = UNSET
        if _close_live_room is not UNSET:
            if not isinstance(_close_live_room, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "close_live_room", "a boolean", _close_live_room
                )
            close_live_room = _close_live_room

        _close_room = d.pop("close_room", UNSET)
        close_room: bool | Unset = UNSET
        if _close_room is not UNSET:
            if not isinstance(_close_room, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "close_room", "a boolean", _close_room)
            close_room = _close_room

        _control_micro = d.pop("control_micro", UNSET)
        control_micro: bool | Unset = UNSET
        if _control_micro is not UNSET:
            if not isinstance(_control_micro, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "control_micro", "a boolean", _control_micro)
            control_micro = _control_micro

        _control_other_micro = d.pop("control_other_micro", UNSET)
        control_other_micro: bool | Unset = UNSET
        if _control_other_micro is not UNSET:
            if not isinstance(_control_other_micro, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "control_other_micro", "a boolean", _control_other_micro
                )
            control_other_micro = _control_other_micro

        _control_own_micro = d.pop("control_own_micro", UNSET)
        control_own_micro: bool | Unset = UNSET
        if _control_own_micro is not UNSET:
            if not isinstance(_control_own_micro, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "control_own_micro", "a boolean", _control_own_micro
                )
            control_own_micro = _control_own_micro

        _dynamic_enter = d.pop("dynamic_enter", UNSET)
        dynamic_enter: bool | Unset = UNSET
        if _dynamic_enter is not UNSET:
            if not isinstance(_dynamic_enter, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "dynamic_enter", "a boolean", _dynamic_enter)
            dynamic_enter = _dynamic_enter

        _extension = d.pop("extension", UNSET)
        extension: Any | Unset = UNSET
        if _extension is not UNSET:
            extension = _extension

        _forbidden_sync = d.pop("forbidden_sync", UNSET)
        forbidden_sync: bool | Unset = UNSET
        if _forbidden_sync is not UNSET:
            if not isinstance(_forbidden_sync, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "forbidden_sync", "a boolean", _forbidden_sync
                )
            forbidden_sync = _forbidden_sync

        _invite_other = d.pop("invite_other", UNSET)
        invite_other: bool | Unset = UNSET
        if _invite_other is not UNSET:
            if not isinstance(_invite_other, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "invite_other", "a boolean", _invite_other)
            invite_other = _invite_other

        _micro_default_state = d.pop("micro_default_state", UNSET)
        micro_default_state: bool | Unset = UNSET
        if _micro_default_state is not UNSET:
            if not isinstance(_micro_default_state, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "micro_default_state", "a boolean", _micro_default_state
                )
            micro_default_state = _micro_default_state

        _more_vr_scene = d.pop("more_vr_scene", UNSET)
        more_vr_scene: bool | Unset = UNSET
        if _more_vr_scene is not UNSET:
            if not isinstance(_more_vr_scene, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "more_vr_scene", "a boolean", _more_vr_scene)
            more_vr_scene = _more_vr_scene

        _mute_others = d.pop("mute_others", UNSET)
        mute_others: bool | Unset = UNSET
        if _mute_others is not UNSET:
            if not isinstance(_mute_others, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "mute_others", "a boolean", _mute_others)
            mute_others = _mute_others

        _sync = d.pop("sync", UNSET)
        sync: bool | Unset = UNSET
        if _sync is not UNSET:
            if not isinstance(_sync, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "sync", "a boolean", _sync)
            sync = _sync

        _sync_frame = d.pop("sync_frame", UNSET)
        sync_frame: bool | Unset = UNSET
        if _sync_frame is not UNSET:
            if not isinstance(_sync_frame, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "sync_frame", "a boolean", _sync_frame)
            sync_frame = _sync_frame

        _transfer_role = d.pop("transfer_role", UNSET)
        transfer_role: bool | Unset = UNSET
        if _transfer_role is not UNSET:
            if not isinstance(_transfer_role, bool):
                raise ResponseValidationError.unexpected("LiveRoleConfig", "transfer_role", "a boolean", _transfer_role)
            transfer_role = _transfer_role

        _view_other_micro_status = d.pop("view_other_micro_status", UNSET)
        view_other_micro_status: bool | Unset = UNSET
        if _view_other_micro_status is not UNSET:
            if not isinstance(_view_other_micro_status, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "view_other_micro_status", "a boolean", _view_other_micro_status
                )
            view_other_micro_status = _view_other_micro_status

        _view_own_micro_status = d.pop("view_own_micro_status", UNSET)
        view_own_micro_status: bool | Unset = UNSET
        if _view_own_micro_status is not UNSET:
            if not isinstance(_view_own_micro_status, bool):
                raise ResponseValidationError.unexpected(
                    "LiveRoleConfig", "view_own_micro_status", "a boolean", _view_own_micro_status
                )
            view_own_micro_status = _view_own_micro_status

        _parsed = cls(
            apply_other_phone=apply_other_phone,
            auto_destroy=auto_destroy,
            change_other_status=change_other_status,
            close_live_room=close_live_room,
            close_room=close_room,
            control_micro=control_micro,
            control_other_micro=control_other_micro,
            control_own_micro=control_own_micro,
            dynamic_enter=dynamic_enter,
            extension=extension,
            forbidden_sync=forbidden_sync,
            invite_other=invite_other,
            micro_default_state=micro_default_state,
            more_vr_scene=more_vr_scene,
            mute_others=mute_others,
            sync=sync,
            sync_frame=sync_frame,
            transfer_role=transfer_role,
            view_other_micro_status=view_other_micro_status,
            view_own_micro_status=view_own_micro_status,
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
