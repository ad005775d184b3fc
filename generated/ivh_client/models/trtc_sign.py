from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET

T = TypeVar("T", bound="TrtcSign")


@_attrs_define
class TrtcSign:
    """
    Attributes:
        req_id (str): The request's ReqId.
        user_sig (str): The room key (TRTC UserSig).
        private_map_key (str): The permission key.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    user_sig: str = _attrs_field(repr=False)
    private_map_key: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        user_sig = self.user_sig

        private_map_key = self.private_map_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "UserSig": user_sig,
                "PrivateMapKey": private_map_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("TrtcSign", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("TrtcSign", "ReqId", "a string", _req_id)
        req_id = _req_id

        _user_sig = d.pop("UserSig", UNSET)
        if not isinstance(_user_sig, str):
            raise ResponseValidationError.unexpected("TrtcSign", "UserSig", "a string", _user_sig)
        user_sig = _user_sig

        if isinstance(user_sig, str):
            register_secret(user_sig)

        _private_map_key = d.pop("PrivateMapKey", UNSET)
        if not isinstance(_private_map_key, str):
            raise ResponseValidationError.unexpected("TrtcSign", "PrivateMapKey", "a string", _private_map_key)
        private_map_key = _private_map_key

        if isinstance(private_map_key, str):
            register_secret(private_map_key)

        _parsed = cls(
            req_id=req_id,
            user_sig=user_sig,
            private_map_key=private_map_key,
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
