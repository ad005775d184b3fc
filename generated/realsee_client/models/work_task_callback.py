from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_task_callback_message import WorkTaskCallbackMessage


T = TypeVar("T", bound="WorkTaskCallback")


@_attrs_define
class WorkTaskCallback:
    """What Realsee POSTs (JSON) to the application's configured endpoint when a task of
    `create_work_task` ends. The vendor has not fixed the form of `message` yet.

    Attributes:
        vr_code (str | Unset): The work the task ran on.
        start_time (int | Unset): When the task started, a Unix time in seconds.
        end_time (int | Unset): When the task ended, a Unix time in seconds.
        message (WorkTaskCallbackMessage | Unset): Details; not specified yet.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    vr_code: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    message: WorkTaskCallbackMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vr_code = self.vr_code

        start_time = self.start_time

        end_time = self.end_time

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vr_code is not UNSET:
            field_dict["vr_code"] = vr_code
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("WorkTaskCallback", "", "an object", src_dict)
        d = dict(src_dict)
        _vr_code = d.pop("vr_code", UNSET)
        vr_code: str | Unset = UNSET
        if _vr_code is not UNSET:
            if not isinstance(_vr_code, str):
                raise ResponseValidationError.unexpected("WorkTaskCallback", "vr_code", "a string", _vr_code)
            vr_code = _vr_code

        _start_time = d.pop("start_time", UNSET)
        start_time: int | Unset = UNSET
        if _start_time is not UNSET:
            if not isinstance(_start_time, int) or isinstance(_start_time, bool):
                raise ResponseValidationError.unexpected("WorkTaskCallback", "start_time", "an integer", _start_time)
            start_time = _start_time

        _end_time = d.pop("end_time", UNSET)
        end_time: int | Unset = UNSET
        if _end_time is not UNSET:
            if not isinstance(_end_time, int) or isinstance(_end_time, bool):
                raise ResponseValidationError.unexpected("WorkTaskCallback", "end_time", "an integer", _end_time)
            end_time = _end_time

        _message = d.pop("message", UNSET)
        message: WorkTaskCallbackMessage | Unset = UNSET
        if _message is not UNSET:
            if not isinstance(_message, dict):
                raise ResponseValidationError.unexpected("WorkTaskCallback", "message", "an object", _message)
            try:
                message = WorkTaskCallbackMessage.from_dict(_message)
            except ResponseValidationError as error:
                raise error.inside("WorkTaskCallback", "message") from None

        _parsed = cls(
            vr_code=vr_code,
            start_time=start_time,
            end_time=end_time,
            message=message,
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
from ..models.work_task_callback_message import WorkTaskCallbackMessage
