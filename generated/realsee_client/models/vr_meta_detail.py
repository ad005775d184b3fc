from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="VrMetaDetail")


@_attrs_define
class VrMetaDetail:
    """Title, source and links of a work.

    Attributes:
        name (str | Unset): The work's title.
        source (str | Unset): Where the work comes from (`REALSEE`).
        create_time (str | Unset): When the project was created (a real work) or rendering started (a virtual one).
        modify_time (str | Unset): When the work last changed.
        picture_url (str | Unset): The cover picture.
        url (str | Unset): The work's preview link on Realsee's own service.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    source: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    picture_url: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        create_time = self.create_time

        modify_time = self.modify_time

        picture_url = self.picture_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if modify_time is not UNSET:
            field_dict["modify_time"] = modify_time
        if picture_url is not UNSET:
            field_dict["picture_url"] = picture_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrMetaDetail", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "name", "a string", _name)
            name = _name

        _source = d.pop("source", UNSET)
        source: str | Unset = UNSET
        if _source is not UNSET:
            if not isinstance(_source, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "source", "a string", _source)
            source = _source

        _create_time = d.pop("create_time", UNSET)
        create_time: str | Unset = UNSET
        if _create_time is not UNSET:
            if not isinstance(_create_time, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "create_time", "a string", _create_time)
            create_time = _create_time

        _modify_time = d.pop("modify_time", UNSET)
        modify_time: str | Unset = UNSET
        if _modify_time is not UNSET:
            if not isinstance(_modify_time, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "modify_time", "a string", _modify_time)
            modify_time = _modify_time

        _picture_url = d.pop("picture_url", UNSET)
        picture_url: str | Unset = UNSET
        if _picture_url is not UNSET:
            if not isinstance(_picture_url, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "picture_url", "a string", _picture_url)
            picture_url = _picture_url

        _url = d.pop("url", UNSET)
        url: str | Unset = UNSET
        if _url is not UNSET:
            if not isinstance(_url, str):
                raise ResponseValidationError.unexpected("VrMetaDetail", "url", "a string", _url)
            url = _url

        _parsed = cls(
            name=name,
            source=source,
            create_time=create_time,
            modify_time=modify_time,
            picture_url=picture_url,
            url=url,
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
