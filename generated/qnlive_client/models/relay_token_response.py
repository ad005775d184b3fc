from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.relay_token import RelayToken


T = TypeVar("T", bound="RelayTokenResponse")


@_attrs_define
class RelayTokenResponse:
    """Envelope of start_relay and get_relay_token.

    Attributes:
        request_id (str): Identifies this request.
        code (int): 0 success; otherwise the error: 400, 401, 403, 404, 408, 499 (token expired), 500, 10001 (already
            exists).
        message (str): `success`, or why the call failed.
        data (RelayToken):
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    request_id: str
    code: int
    message: str
    data: RelayToken
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        code = self.code

        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RelayTokenResponse", "", "an object", src_dict)
        d = dict(src_dict)
        _request_id = d.pop("request_id", UNSET)
        if not isinstance(_request_id, str):
            raise ResponseValidationError.unexpected("RelayTokenResponse", "request_id", "a string", _request_id)
        request_id = _request_id

        _code = d.pop("code", UNSET)
        if not isinstance(_code, int) or isinstance(_code, bool):
            raise ResponseValidationError.unexpected("RelayTokenResponse", "code", "an integer", _code)
        code = _code

        _message = d.pop("message", UNSET)
        if not isinstance(_message, str):
            raise ResponseValidationError.unexpected("RelayTokenResponse", "message", "a string", _message)
        message = _message

        _data = d.pop("data", UNSET)
        if not isinstance(_data, dict):
            raise ResponseValidationError.unexpected("RelayTokenResponse", "data", "an object", _data)
        try:
            data = RelayToken.from_dict(_data)
        except ResponseValidationError as error:
            raise error.inside("RelayTokenResponse", "data") from None

        _parsed = cls(
            request_id=request_id,
            code=code,
            message=message,
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
from ..models.relay_token import RelayToken
