from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.design_line_end import DesignLineEnd


T = TypeVar("T", bound="DesignLineItem")


@_attrs_define
class DesignLineItem:
    """A door, window or other item on a line.

    Attributes:
        id (str): Unique within the layout.
        is_ (str): What it is (door, window or other).
        start_point (DesignLineEnd): An end of a line item.
        end_point (DesignLineEnd): An end of a line item.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    id: str
    is_: str
    start_point: DesignLineEnd
    end_point: DesignLineEnd
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_ = self.is_

        start_point = self.start_point.to_dict()

        end_point = self.end_point.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is": is_,
                "startPoint": start_point,
                "endPoint": end_point,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignLineItem", "", "an object", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        if not isinstance(_id, str):
            raise ResponseValidationError.unexpected("DesignLineItem", "id", "a string", _id)
        id = _id

        _is_ = d.pop("is", UNSET)
        if not isinstance(_is_, str):
            raise ResponseValidationError.unexpected("DesignLineItem", "is", "a string", _is_)
        is_ = _is_

        _start_point = d.pop("startPoint", UNSET)
        if not isinstance(_start_point, dict):
            raise ResponseValidationError.unexpected("DesignLineItem", "startPoint", "an object", _start_point)
        try:
            start_point = DesignLineEnd.from_dict(_start_point)
        except ResponseValidationError as error:
            raise error.inside("DesignLineItem", "startPoint") from None

        _end_point = d.pop("endPoint", UNSET)
        if not isinstance(_end_point, dict):
            raise ResponseValidationError.unexpected("DesignLineItem", "endPoint", "an object", _end_point)
        try:
            end_point = DesignLineEnd.from_dict(_end_point)
        except ResponseValidationError as error:
            raise error.inside("DesignLineItem", "endPoint") from None

        _parsed = cls(
            id=id,
            is_=is_,
            start_point=start_point,
            end_point=end_point,
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
from ..models.design_line_end import DesignLineEnd
