from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveWsAccess")


@_attrs_define
class LiveWsAccess:
    """Endpoints and checks of the room's WebSocket access.

    Attributes:
        do_not_check_uc (bool | Unset): Whether the user-center check is skipped.
        http (list[str] | Unset): HTTP endpoints.
        realsee_login (Any | Unset): Documented only as `null`.
        websocket (list[str] | Unset): WebSocket endpoints.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    do_not_check_uc: bool | Unset = UNSET
    http: list[str] | Unset = UNSET
    realsee_login: Any | Unset = UNSET
    websocket: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        do_not_check_uc = self.do_not_check_uc

        http: list[str] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http

        realsee_login = self.realsee_login

        websocket: list[str] | Unset = UNSET
        if not isinstance(self.websocket, Unset):
            websocket = self.websocket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if do_not_check_uc is not UNSET:
            field_dict["do_not_check_uc"] = do_not_check_uc
        if http is not UNSET:
            field_dict["http"] = http
        if realsee_login is not UNSET:
            field_dict["realsee_login"] = realsee_login
        if websocket is not UNSET:
            field_dict["websocket"] = websocket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveWsAccess", "", "an object", src_dict)
        d = dict(src_dict)
        _do_not_check_uc = d.pop("do_not_check_uc", UNSET)
        do_not_check_uc: bool | Unset = UNSET
        if _do_not_check_uc is not UNSET:
            if not isinstance(_do_not_check_uc, bool):
                raise ResponseValidationError.unexpected(
                    "LiveWsAccess", "do_not_check_uc", "a boolean", _do_not_check_uc
                )
            do_not_check_uc = _do_not_check_uc

        _http = d.pop("http", UNSET)
        http: list[str] | Unset = UNSET
        if _http is not UNSET:
            if not isinstance(_http, list):
                raise ResponseValidationError.unexpected("LiveWsAccess", "http", "a list", _http)
            http_items: list[str] = []
            for http_index, http_item in enumerate(_http):
                if not isinstance(http_item, str):
                    raise ResponseValidationError.unexpected(
                        "LiveWsAccess", "http" + f"[{http_index}]", "a string", http_item
                    )
                http_parsed = http_item

                http_items.append(http_parsed)
            http = http_items

        _realsee_login = d.pop("realsee_login", UNSET)
        realsee_login: Any | Unset = UNSET
        if _realsee_login is not UNSET:
            realsee_login = _realsee_login

        _websocket = d.pop("websocket", UNSET)
        websocket: list[str] | Unset = UNSET
        if _websocket is not UNSET:
            if not isinstance(_websocket, list):
                raise ResponseValidationError.unexpected("LiveWsAccess", "websocket", "a list", _websocket)
            websocket_items: list[str] = []
            for websocket_index, websocket_item in enumerate(_websocket):
                if not isinstance(websocket_item, str):
                    raise ResponseValidationError.unexpected(
                        "LiveWsAccess", "websocket" + f"[{websocket_index}]", "a string", websocket_item
                    )
                websocket_parsed = websocket_item

                websocket_items.append(websocket_parsed)
            websocket = websocket_items

        _parsed = cls(
            do_not_check_uc=do_not_check_uc,
            http=http,
            realsee_login=realsee_login,
            websocket=websocket,
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
