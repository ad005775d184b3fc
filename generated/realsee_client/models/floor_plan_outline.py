from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="FloorPlanOutline")


@_attrs_define
class FloorPlanOutline:
    """One floor's outline image.

    Attributes:
        checksum (str): Checksum of the image.
        index (int): The floor's index.
        svg_url (str): Public address of the SVG.
        url (str): Public address of the JPEG.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    checksum: str
    index: int
    svg_url: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum = self.checksum

        index = self.index

        svg_url = self.svg_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checksum": checksum,
                "index": index,
                "svg_url": svg_url,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("FloorPlanOutline", "", "an object", src_dict)
        d = dict(src_dict)
        _checksum = d.pop("checksum", UNSET)
        if not isinstance(_checksum, str):
            raise ResponseValidationError.unexpected("FloorPlanOutline", "checksum", "a string", _checksum)
        checksum = _checksum

        _index = d.pop("index", UNSET)
        if not isinstance(_index, int) or isinstance(_index, bool):
            raise ResponseValidationError.unexpected("FloorPlanOutline", "index", "an integer", _index)
        index = _index

        _svg_url = d.pop("svg_url", UNSET)
        if not isinstance(_svg_url, str):
            raise ResponseValidationError.unexpected("FloorPlanOutline", "svg_url", "a string", _svg_url)
        svg_url = _svg_url

        _url = d.pop("url", UNSET)
        if not isinstance(_url, str):
            raise ResponseValidationError.unexpected("FloorPlanOutline", "url", "a string", _url)
        url = _url

        _parsed = cls(
            checksum=checksum,
            index=index,
            svg_url=svg_url,
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
