from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

T = TypeVar("T", bound="IvhResponseHeader")


@_attrs_define
class IvhResponseHeader:
    """
    Attributes:
        code (int): 0 success; otherwise an error code (see the API description).
        message (str): Why the call failed; empty on success.
        request_id (str): Identifies this request.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    code: int
    message: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Code": code,
                "Message": message,
                "RequestID": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("IvhResponseHeader", "", "an object", src_dict)
        d = dict(src_dict)
        _code = d.pop("Code", UNSET)
        if not isinstance(_code, int) or isinstance(_code, bool):
            raise ResponseValidationError.unexpected("IvhResponseHeader", "Code", "an integer", _code)
        code = _code

        _message = d.pop("Message", UNSET)
        if not isinstance(_message, str):
            raise ResponseValidationError.unexpected("IvhResponseHeader", "Message", "a string", _message)
        message = _message

        _request_id = d.pop("RequestID", UNSET)
        if not isinstance(_request_id, str):
            raise ResponseValidationError.unexpected("IvhResponseHeader", "RequestID", "a string", _request_id)
        request_id = _request_id

        _parsed = cls(
            code=code,
            message=message,
            request_id=request_id,
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
