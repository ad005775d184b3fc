from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveUserExtension")


@_attrs_define
class LiveUserExtension:
    """A user's extra information, as pushed to the room.

    Attributes:
        avatar (str | Unset): Avatar image URL.
        nickname (str | Unset): Display name.
        source (str | Unset): Where the user came from.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    avatar: str | Unset = UNSET
    nickname: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar = self.avatar

        nickname = self.nickname

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveUserExtension", "", "an object", src_dict)
        d = dict(src_dict)
        _avatar = d.pop("avatar", UNSET)
        avatar: str | Unset = UNSET
        if _avatar is not UNSET:
            if not isinstance(_avatar, str):
                raise ResponseValidationError.unexpected("LiveUserExtension", "avatar", "a string", _avatar)
            avatar = _avatar

        _nickname = d.pop("nickname", UNSET)
        nickname: str | Unset = UNSET
        if _nickname is not UNSET:
            if not isinstance(_nickname, str):
                raise ResponseValidationError.unexpected("LiveUserExtension", "nickname", "a string", _nickname)
            nickname = _nickname

        _source = d.pop("source", UNSET)
        source: str | Unset = UNSET
        if _source is not UNSET:
            if not isinstance(_source, str):
                raise ResponseValidationError.unexpected("LiveUserExtension", "source", "a string", _source)
            source = _source

        _parsed = cls(
            avatar=avatar,
            nickname=nickname,
            source=source,
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
