from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiRenderCallbackReply")


@_attrs_define
class AiRenderCallbackReply:
    """What the callback endpoint answers; a `code` other than 0 makes Realsee retry, up to three times.

    Attributes:
        code (int): 0 when the callback was taken in.
        status (str | Unset): The error, if any.
        request_id (str | Unset): Your id of the request.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    code: int
    status: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AiRenderCallbackReply", "", "an object", src_dict)
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        if not isinstance(_code, int) or isinstance(_code, bool):
            raise ResponseValidationError.unexpected("AiRenderCallbackReply", "code", "an integer", _code)
        code = _code

        _status = d.pop("status", UNSET)
        status: str | Unset = UNSET
        if _status is not UNSET:
            if not isinstance(_status, str):
                raise ResponseValidationError.unexpected("AiRenderCallbackReply", "status", "a string", _status)
            status = _status

        _request_id = d.pop("request_id", UNSET)
        request_id: str | Unset = UNSET
        if _request_id is not UNSET:
            if not isinstance(_request_id, str):
                raise ResponseValidationError.unexpected("AiRenderCallbackReply", "request_id", "a string", _request_id)
            request_id = _request_id

        _parsed = cls(
            code=code,
            status=status,
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
