from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_backdrop_filter import CustomBackdropFilter
    from ..models.custom_location import CustomLocation
    from ..models.custom_music import CustomMusic


T = TypeVar("T", bound="CustomDetail")


@_attrs_define
class CustomDetail:
    """The basic information of a copy of a work.

    Attributes:
        name (str | Unset): The work's name.
        introduction (str | Unset): The introduction.
        bd_location (CustomLocation | Unset): Where the work is.
        backdrop_filter (CustomBackdropFilter | Unset): The filter applied to the view.
        background_music (CustomMusic | Unset): Background music.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    introduction: str | Unset = UNSET
    bd_location: CustomLocation | Unset = UNSET
    backdrop_filter: CustomBackdropFilter | Unset = UNSET
    background_music: CustomMusic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        introduction = self.introduction

        bd_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bd_location, Unset):
            bd_location = self.bd_location.to_dict()

        backdrop_filter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backdrop_filter, Unset):
            backdrop_filter = self.backdrop_filter.to_dict()

        background_music: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_music, Unset):
            background_music = self.background_music.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if bd_location is not UNSET:
            field_dict["bd_location"] = bd_location
        if backdrop_filter is not UNSET:
            field_dict["backdrop_filter"] = backdrop_filter
        if background_music is not UNSET:
            field_dict["background_music"] = background_music

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomDetail", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("CustomDetail", "name", "a string", _name)
            name = _name

        _introduction = d.pop("introduction", UNSET)
        introduction: str | Unset = UNSET
        if _introduction is not UNSET:
            if not isinstance(_introduction, str):
                raise ResponseValidationError.unexpected("CustomDetail", "introduction", "a string", _introduction)
            introduction = _introduction

        _bd_location = d.pop("bd_location", UNSET)
        bd_location: CustomLocation | Unset = UNSET
        if _bd_location is not UNSET:
            if not isinstance(_bd_location, dict):
                raise ResponseValidationError.unexpected("CustomDetail", "bd_location", "an object", _bd_location)
            try:
                bd_location = CustomLocation.from_dict(_bd_location)
            except ResponseValidationError as error:
                raise error.inside("CustomDetail", "bd_location") from None

        _backdrop_filter = d.pop("backdrop_filter", UNSET)
        backdrop_filter: CustomBackdropFilter | Unset = UNSET
        if _backdrop_filter is not UNSET:
            if not isinstance(_backdrop_filter, dict):
                raise ResponseValidationError.unexpected(
                    "CustomDetail", "backdrop_filter", "an object", _backdrop_filter
                )
            try:
                backdrop_filter = CustomBackdropFilter.from_dict(_backdrop_filter)
            except ResponseValidationError as error:
                raise error.inside("CustomDetail", "backdrop_filter") from None

        _background_music = d.pop("background_music", UNSET)
        background_music: CustomMusic | Unset = UNSET
        if _background_music is not UNSET:
            if not isinstance(_background_music, dict):
                raise ResponseValidationError.unexpected(
                    "CustomDetail", "background_music", "an object", _background_music
                )
            try:
                background_music = CustomMusic.from_dict(_background_music)
            except ResponseValidationError as error:
                raise error.inside("CustomDetail", "background_music") from None

        _parsed = cls(
            name=name,
            introduction=introduction,
            bd_location=bd_location,
            backdrop_filter=backdrop_filter,
            background_music=background_music,
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
from ..models.custom_backdrop_filter import CustomBackdropFilter
from ..models.custom_location import CustomLocation
from ..models.custom_music import CustomMusic
