from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET, Unset

T = TypeVar("T", bound="IvhProtocolOption")


@_attrs_define
class IvhProtocolOption:
    """Protocol options; only for TRTC.

    Attributes:
        trtc_use_external_app (bool | Unset): Use your own TRTC application instead of the platform's (the platform's is
            for debugging only).
        trtc_app_id (str | Unset): Your TRTC app id (with TrtcUseExternalApp).
        trtc_room_id (int | Unset): The TRTC room; assigned by the cloud when absent.
        trtc_user_sig (str | Unset): The digital human's TRTC UserSig (with TrtcUseExternalApp).
        trtc_private_map_key (str | Unset): The digital human's TRTC PrivateMapKey (with TrtcUseExternalApp).
        css_custom_push_url (str | Unset): Your own cloud-live RTMP push URL.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    trtc_use_external_app: bool | Unset = UNSET
    trtc_app_id: str | Unset = UNSET
    trtc_room_id: int | Unset = UNSET
    trtc_user_sig: str | Unset = _attrs_field(default=UNSET, repr=False)
    trtc_private_map_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    css_custom_push_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trtc_use_external_app = self.trtc_use_external_app

        trtc_app_id = self.trtc_app_id

        trtc_room_id = self.trtc_room_id

        trtc_user_sig = self.trtc_user_sig

        trtc_private_map_key = self.trtc_private_map_key

        css_custom_push_url = self.css_custom_push_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trtc_use_external_app is not UNSET:
            field_dict["TrtcUseExternalApp"] = trtc_use_external_app
        if trtc_app_id is not UNSET:
            field_dict["TrtcAppId"] = trtc_app_id
        if trtc_room_id is not UNSET:
            field_dict["TrtcRoomId"] = trtc_room_id
        if trtc_user_sig is not UNSET:
            field_dict["TrtcUserSig"] = trtc_user_sig
        if trtc_private_map_key is not UNSET:
            field_dict["TrtcPrivateMapKey"] = trtc_private_map_key
        if css_custom_push_url is not UNSET:
            field_dict["CssCustomPushUrl"] = css_custom_push_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("IvhProtocolOption", "", "an object", src_dict)
        d = dict(src_dict)
        _trtc_use_external_app = d.pop("TrtcUseExternalApp", UNSET)
        trtc_use_external_app: bool | Unset = UNSET
        if _trtc_use_external_app is not UNSET:
            if not isinstance(_trtc_use_external_app, bool):
                raise ResponseValidationError.unexpected(
                    "IvhProtocolOption", "TrtcUseExternalApp", "a boolean", _trtc_use_external_app
                )
            trtc_use_external_app = _trtc_use_external_app

        _trtc_app_id = d.pop("TrtcAppId", UNSET)
        trtc_app_id: str | Unset = UNSET
        if _trtc_app_id is not UNSET:
            if not isinstance(_trtc_app_id, str):
                raise ResponseValidationError.unexpected("IvhProtocolOption", "TrtcAppId", "a string", _trtc_app_id)
            trtc_app_id = _trtc_app_id

        _trtc_room_id = d.pop("TrtcRoomId", UNSET)
        trtc_room_id: int | Unset = UNSET
        if _trtc_room_id is not UNSET:
            if not isinstance(_trtc_room_id, int) or isinstance(_trtc_room_id, bool):
                raise ResponseValidationError.unexpected("IvhProtocolOption", "TrtcRoomId", "an integer", _trtc_room_id)
            trtc_room_id = _trtc_room_id

        _trtc_user_sig = d.pop("TrtcUserSig", UNSET)
        trtc_user_sig: str | Unset = UNSET
        if _trtc_user_sig is not UNSET:
            if not isinstance(_trtc_user_sig, str):
                raise ResponseValidationError.unexpected("IvhProtocolOption", "TrtcUserSig", "a string", _trtc_user_sig)
            trtc_user_sig = _trtc_user_sig

        if isinstance(trtc_user_sig, str):
            register_secret(trtc_user_sig)

        _trtc_private_map_key = d.pop("TrtcPrivateMapKey", UNSET)
        trtc_private_map_key: str | Unset = UNSET
        if _trtc_private_map_key is not UNSET:
            if not isinstance(_trtc_private_map_key, str):
                raise ResponseValidationError.unexpected(
                    "IvhProtocolOption", "TrtcPrivateMapKey", "a string", _trtc_private_map_key
                )
            trtc_private_map_key = _trtc_private_map_key

        if isinstance(trtc_private_map_key, str):
            register_secret(trtc_private_map_key)

        _css_custom_push_url = d.pop("CssCustomPushUrl", UNSET)
        css_custom_push_url: str | Unset = UNSET
        if _css_custom_push_url is not UNSET:
            if not isinstance(_css_custom_push_url, str):
                raise ResponseValidationError.unexpected(
                    "IvhProtocolOption", "CssCustomPushUrl", "a string", _css_custom_push_url
                )
            css_custom_push_url = _css_custom_push_url

        _parsed = cls(
            trtc_use_external_app=trtc_use_external_app,
            trtc_app_id=trtc_app_id,
            trtc_room_id=trtc_room_id,
            trtc_user_sig=trtc_user_sig,
            trtc_private_map_key=trtc_private_map_key,
            css_custom_push_url=css_custom_push_url,
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
