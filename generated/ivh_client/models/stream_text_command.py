from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_stream_text_command_name import IvhStreamTextCommandName
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.stream_text_data import StreamTextData


T = TypeVar("T", bound="StreamTextCommand")


@_attrs_define
class StreamTextCommand:
    """The payload of SEND_STREAMTEXT; one ReqId for every packet of a stream.

    Attributes:
        req_id (str): The caller's unique id of this request, a 32-character UUID without dashes.
        session_id (str): The started session.
        command (IvhStreamTextCommandName): The command of a fragment of streaming text.
        data (StreamTextData): One fragment of a streaming text.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    session_id: str
    command: IvhStreamTextCommandName
    data: StreamTextData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        session_id = self.session_id

        command = self.command.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "SessionId": session_id,
                "Command": command,
                "Data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("StreamTextCommand", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("StreamTextCommand", "ReqId", "a string", _req_id)
        req_id = _req_id

        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("StreamTextCommand", "SessionId", "a string", _session_id)
        session_id = _session_id

        _command = d.pop("Command", UNSET)
        command = parse_enum(IvhStreamTextCommandName, _command, "StreamTextCommand", "Command")

        _data = d.pop("Data", UNSET)
        if not isinstance(_data, dict):
            raise ResponseValidationError.unexpected("StreamTextCommand", "Data", "an object", _data)
        try:
            data = StreamTextData.from_dict(_data)
        except ResponseValidationError as error:
            raise error.inside("StreamTextCommand", "Data") from None

        _parsed = cls(
            req_id=req_id,
            session_id=session_id,
            command=command,
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
from ..models.stream_text_data import StreamTextData
