from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_text_command_name import IvhTextCommandName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_text_data import SendTextData


T = TypeVar("T", bound="SendTextCommand")


@_attrs_define
class SendTextCommand:
    """The payload of SEND_TEXT. The pages' table requires ReqId and their samples leave it out: it is optional here,
    and the resource methods and the vrlive driver always send one.

    Attributes:
        session_id (str): The started session.
        command (IvhTextCommandName): The command of a text to say.
        data (SendTextData): A text to say, or (Interrupt alone) the order to stop.
        req_id (str | Unset): The caller's unique id of this request, a 32-character UUID without dashes.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    session_id: str
    command: IvhTextCommandName
    data: SendTextData
    req_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        command = self.command.value

        data = self.data.to_dict()

        req_id = self.req_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SessionId": session_id,
                "Command": command,
                "Data": data,
            }
        )
        if req_id is not UNSET:
            field_dict["ReqId"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SendTextCommand", "", "an object", src_dict)
        d = dict(src_dict)
        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("SendTextCommand", "SessionId", "a string", _session_id)
        session_id = _session_id

        _command = d.pop("Command", UNSET)
        command = parse_enum(IvhTextCommandName, _command, "SendTextCommand", "Command")

        _data = d.pop("Data", UNSET)
        if not isinstance(_data, dict):
            raise ResponseValidationError.unexpected("SendTextCommand", "Data", "an object", _data)
        try:
            data = SendTextData.from_dict(_data)
        except ResponseValidationError as error:
            raise error.inside("SendTextCommand", "Data") from None

        _req_id = d.pop("ReqId", UNSET)
        req_id: str | Unset = UNSET
        if _req_id is not UNSET:
            if not isinstance(_req_id, str):
                raise ResponseValidationError.unexpected("SendTextCommand", "ReqId", "a string", _req_id)
            req_id = _req_id

        _parsed = cls(
            session_id=session_id,
            command=command,
            data=data,
            req_id=req_id,
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
from ..models.send_text_data import SendTextData
