from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_driver_type import IvhDriverType
from ..models.ivh_protocol import IvhProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_session_payload_extra_info import CreateSessionPayloadExtraInfo
    from ..models.ivh_protocol_option import IvhProtocolOption


T = TypeVar("T", bound="CreateSessionPayload")


@_attrs_define
class CreateSessionPayload:
    """
    Attributes:
        req_id (str): The caller's unique id of this request, a 32-character UUID without dashes.
        virtualman_project_id (str): The digital human project (formerly VirtualmanKey).
        user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
        protocol (IvhProtocol): The stream protocol.
        driver_type (IvhDriverType): How the digital human is driven - 1 text only; 3 audio (original voice), which also
            accepts text.
        session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
        stream_max_interval (int | Unset): Longest idle time of the stream, in milliseconds, before it is closed.
        extra_info (CreateSessionPayloadExtraInfo | Unset): Extra options as a JSON object.
        protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    virtualman_project_id: str
    user_id: str
    protocol: IvhProtocol
    driver_type: IvhDriverType
    session_id: str | Unset = UNSET
    stream_max_interval: int | Unset = UNSET
    extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET
    protocol_option: IvhProtocolOption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        virtualman_project_id = self.virtualman_project_id

        user_id = self.user_id

        protocol = self.protocol.value

        driver_type = self.driver_type.value

        session_id = self.session_id

        stream_max_interval = self.stream_max_interval

        extra_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_info, Unset):
            extra_info = self.extra_info.to_dict()

        protocol_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocol_option, Unset):
            protocol_option = self.protocol_option.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "VirtualmanProjectId": virtualman_project_id,
                "UserId": user_id,
                "Protocol": protocol,
                "DriverType": driver_type,
            }
        )
        if session_id is not UNSET:
            field_dict["SessionId"] = session_id
        if stream_max_interval is not UNSET:
            field_dict["StreamMaxInterval"] = stream_max_interval
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if protocol_option is not UNSET:
            field_dict["ProtocolOption"] = protocol_option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreateSessionPayload", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("CreateSessionPayload", "ReqId", "a string", _req_id)
        req_id = _req_id

        _virtualman_project_id = d.pop("VirtualmanProjectId", UNSET)
        if not isinstance(_virtualman_project_id, str):
            raise ResponseValidationError.unexpected(
                "CreateSessionPayload", "VirtualmanProjectId", "a string", _virtualman_project_id
            )
        virtualman_project_id = _virtualman_project_id

        _user_id = d.pop("UserId", UNSET)
        if not isinstance(_user_id, str):
            raise ResponseValidationError.unexpected("CreateSessionPayload", "UserId", "a string", _user_id)
        user_id = _user_id

        _protocol = d.pop("Protocol", UNSET)
        protocol = parse_enum(IvhProtocol, _protocol, "CreateSessionPayload", "Protocol")

        _driver_type = d.pop("DriverType", UNSET)
        driver_type = parse_enum(IvhDriverType, _driver_type, "CreateSessionPayload", "DriverType")

        _session_id = d.pop("SessionId", UNSET)
        session_id: str | Unset = UNSET
        if _session_id is not UNSET:
            if not isinstance(_session_id, str):
                raise ResponseValidationError.unexpected("CreateSessionPayload", "SessionId", "a string", _session_id)
            session_id = _session_id

        _stream_max_interval = d.pop("StreamMaxInterval", UNSET)
        stream_max_interval: int | Unset = UNSET
        if _stream_max_interval is not UNSET:
            if not isinstance(_stream_max_interval, int) or isinstance(_stream_max_interval, bool):
                raise ResponseValidationError.unexpected(
                    "CreateSessionPayload", "StreamMaxInterval", "an integer", _stream_max_interval
                )
            stream_max_interval = _stream_max_interval

        _extra_info = d.pop("ExtraInfo", UNSET)
        extra_info: CreateSessionPayloadExtraInfo | Unset = UNSET
        if _extra_info is not UNSET:
            if not isinstance(_extra_info, dict):
                raise ResponseValidationError.unexpected("CreateSessionPayload", "ExtraInfo", "an object", _extra_info)
            try:
                extra_info = CreateSessionPayloadExtraInfo.from_dict(_extra_info)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionPayload", "ExtraInfo") from None

        _protocol_option = d.pop("ProtocolOption", UNSET)
        protocol_option: IvhProtocolOption | Unset = UNSET
        if _protocol_option is not UNSET:
            if not isinstance(_protocol_option, dict):
                raise ResponseValidationError.unexpected(
                    "CreateSessionPayload", "ProtocolOption", "an object", _protocol_option
                )
            try:
                protocol_option = IvhProtocolOption.from_dict(_protocol_option)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionPayload", "ProtocolOption") from None

        _parsed = cls(
            req_id=req_id,
            virtualman_project_id=virtualman_project_id,
            user_id=user_id,
            protocol=protocol,
            driver_type=driver_type,
            session_id=session_id,
            stream_max_interval=stream_max_interval,
            extra_info=extra_info,
            protocol_option=protocol_option,
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
from ..models.create_session_payload_extra_info import CreateSessionPayloadExtraInfo
from ..models.ivh_protocol_option import IvhProtocolOption
