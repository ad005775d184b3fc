from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="DesignModel")


@_attrs_define
class DesignModel:
    """A placed model.

    Attributes:
        id (float): The model's id in the catalogue or custom library (not unique in a design).
        matrix (list[float]): Where the model is (its transform).
        size (list[float]): Length, width and height.
        type_ (str): The model's subcategory.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    id: float
    matrix: list[float]
    size: list[float]
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        matrix = self.matrix

        size = self.size

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "matrix": matrix,
                "size": size,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignModel", "", "an object", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        if not isinstance(_id, (int, float)) or isinstance(_id, bool):
            raise ResponseValidationError.unexpected("DesignModel", "id", "a number", _id)
        id = _id

        _matrix = d.pop("matrix", UNSET)
        if not isinstance(_matrix, list):
            raise ResponseValidationError.unexpected("DesignModel", "matrix", "a list", _matrix)
        matrix_items: list[float] = []
        for matrix_index, matrix_item in enumerate(_matrix):
            if not isinstance(matrix_item, (int, float)) or isinstance(matrix_item, bool):
                raise ResponseValidationError.unexpected(
                    "DesignModel", "matrix" + f"[{matrix_index}]", "a number", matrix_item
                )
            matrix_parsed = matrix_item

            matrix_items.append(matrix_parsed)
        matrix = matrix_items

        _size = d.pop("size", UNSET)
        if not isinstance(_size, list):
            raise ResponseValidationError.unexpected("DesignModel", "size", "a list", _size)
        size_items: list[float] = []
        for size_index, size_item in enumerate(_size):
            if not isinstance(size_item, (int, float)) or isinstance(size_item, bool):
                raise ResponseValidationError.unexpected(
                    "DesignModel", "size" + f"[{size_index}]", "a number", size_item
                )
            size_parsed = size_item

            size_items.append(size_parsed)
        size = size_items

        _type_ = d.pop("type", UNSET)
        if not isinstance(_type_, str):
            raise ResponseValidationError.unexpected("DesignModel", "type", "a string", _type_)
        type_ = _type_

        _parsed = cls(
            id=id,
            matrix=matrix,
            size=size,
            type_=type_,
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
