from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_view import GuideView


T = TypeVar("T", bound="GuideStop")


@_attrs_define
class GuideStop:
    """A stop of a work's guided tour.

    Attributes:
        name (str | Unset): The stop's title.
        pano_index (int | Unset): The panorama's index.
        picture_url (str | Unset): A screenshot of the stop.
        data (GuideView | Unset): The view shown at a stop (the vendor's description of this object, "VR source",
            belongs
            elsewhere). Angles are numbers (see `ViewerView`).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    name: str | Unset = UNSET
    pano_index: int | Unset = UNSET
    picture_url: str | Unset = UNSET
    data: GuideView | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        pano_index = self.pano_index

        picture_url = self.picture_url

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if pano_index is not UNSET:
            field_dict["pano_index"] = pano_index
        if picture_url is not UNSET:
            field_dict["picture_url"] = picture_url
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("GuideStop", "", "an object", src_dict)
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("GuideStop", "name", "a string", _name)
            name = _name

        _pano_index = d.pop("pano_index", UNSET)
        pano_index: int | Unset = UNSET
        if _pano_index is not UNSET:
            if not isinstance(_pano_index, int) or isinstance(_pano_index, bool):
                raise ResponseValidationError.unexpected("GuideStop", "pano_index", "an integer", _pano_index)
            pano_index = _pano_index

        _picture_url = d.pop("picture_url", UNSET)
        picture_url: str | Unset = UNSET
        if _picture_url is not UNSET:
            if not isinstance(_picture_url, str):
                raise ResponseValidationError.unexpected("GuideStop", "picture_url", "a string", _picture_url)
            picture_url = _picture_url

        _data = d.pop("data", UNSET)
        data: GuideView | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, dict):
                raise ResponseValidationError.unexpected("GuideStop", "data", "an object", _data)
            try:
                data = GuideView.from_dict(_data)
            except ResponseValidationError as error:
                raise error.inside("GuideStop", "data") from None

        _parsed = cls(
            name=name,
            pano_index=pano_index,
            picture_url=picture_url,
            data=data,
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
from ..models.guide_view import GuideView
