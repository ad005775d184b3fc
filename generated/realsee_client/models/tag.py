from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A tag placed in a work's 3D space.

    Attributes:
        name (str): The tag's name.
        description (str): The tag's text.
        type_ (str): The kind of tag, a code written as a string (`"0"`).
        position (list[float]): Where the tag is, in 3D coordinates.
        id (int | Unset): The tag's id.
        media_data (None | str | Unset): The tag's media, if any.
        target_url (str | Unset): Where a link tag leads.
        typed_target_url (str | Unset): Where a link tag leads, by kind.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str
    description: str
    type_: str
    position: list[float]
    id: int | Unset = UNSET
    media_data: None | str | Unset = UNSET
    target_url: str | Unset = UNSET
    typed_target_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_

        position = self.position

        id = self.id

        media_data: None | str | Unset
        if isinstance(self.media_data, Unset):
            media_data = UNSET
        else:
            media_data = self.media_data

        target_url = self.target_url

        typed_target_url = self.typed_target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "type": type_,
                "position": position,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if media_data is not UNSET:
            field_dict["media_data"] = media_data
        if target_url is not UNSET:
            field_dict["target_url"] = target_url
        if typed_target_url is not UNSET:
            field_dict["typed_target_url"] = typed_target_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("Tag", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        if not isinstance(_name, str):
            raise ResponseValidationError.unexpected("Tag", "name", "a string", _name)
        name = _name

        _description = d.pop("description", UNSET)
        if not isinstance(_description, str):
            raise ResponseValidationError.unexpected("Tag", "description", "a string", _description)
        description = _description

        _type_ = d.pop("type", UNSET)
        if not isinstance(_type_, str):
            raise ResponseValidationError.unexpected("Tag", "type", "a string", _type_)
        type_ = _type_

        _position = d.pop("position", UNSET)
        if not isinstance(_position, list):
            raise ResponseValidationError.unexpected("Tag", "position", "a list", _position)
        position_items: list[float] = []
        for position_index, position_item in enumerate(_position):
            if not isinstance(position_item, (int, float)) or isinstance(position_item, bool):
                raise ResponseValidationError.unexpected(
                    "Tag", "position" + f"[{position_index}]", "a number", position_item
                )
            position_parsed = position_item

            position_items.append(position_parsed)
        position = position_items

        _id = d.pop("id", UNSET)
        id: int | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, int) or isinstance(_id, bool):
                raise ResponseValidationError.unexpected("Tag", "id", "an integer", _id)
            id = _id

        _media_data = d.pop("media_data", UNSET)
        media_data: None | str | Unset = UNSET
        if _media_data is not UNSET:

            def _parse_media_data(data: object) -> None | str:
                if isinstance(data, str):
                    return data
                if data is None:
                    return None
                raise ResponseValidationError.unexpected("Tag", "media_data", "a string or null", data)

            media_data = _parse_media_data(_media_data)

        _target_url = d.pop("target_url", UNSET)
        target_url: str | Unset = UNSET
        if _target_url is not UNSET:
            if not isinstance(_target_url, str):
                raise ResponseValidationError.unexpected("Tag", "target_url", "a string", _target_url)
            target_url = _target_url

        _typed_target_url = d.pop("typed_target_url", UNSET)
        typed_target_url: str | Unset = UNSET
        if _typed_target_url is not UNSET:
            if not isinstance(_typed_target_url, str):
                raise ResponseValidationError.unexpected("Tag", "typed_target_url", "a string", _typed_target_url)
            typed_target_url = _typed_target_url

        _parsed = cls(
            name=name,
            description=description,
            type_=type_,
            position=position,
            id=id,
            media_data=media_data,
            target_url=target_url,
            typed_target_url=typed_target_url,
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
