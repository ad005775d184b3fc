from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_render import AiRender


T = TypeVar("T", bound="AiRenderCallback")


@_attrs_define
class AiRenderCallback:
    """What Realsee POSTs (JSON) to the application's callback endpoint when a render is done
    or has failed; answer with an `AiRenderCallbackReply`.

    Attributes:
        data (AiRender): An AI render. The fields the callback's table marks required are required.
        callback_id (str | Unset): The `callback_id` given to `submit_ai_render`.
        callback_context (str | Unset): The `callback_context` given to `submit_ai_render`.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    data: AiRender
    callback_id: str | Unset = UNSET
    callback_context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        callback_id = self.callback_id

        callback_context = self.callback_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_context is not UNSET:
            field_dict["callback_context"] = callback_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AiRenderCallback", "", "an object", src_dict)
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        if not isinstance(_data, dict):
            raise ResponseValidationError.unexpected("AiRenderCallback", "data", "an object", _data)
        try:
            data = AiRender.from_dict(_data)
        except ResponseValidationError as error:
            raise error.inside("AiRenderCallback", "data") from None

        _callback_id = d.pop("callback_id", UNSET)
        callback_id: str | Unset = UNSET
        if _callback_id is not UNSET:
            if not isinstance(_callback_id, str):
                raise ResponseValidationError.unexpected("AiRenderCallback", "callback_id", "a string", _callback_id)
            callback_id = _callback_id

        _callback_context = d.pop("callback_context", UNSET)
        callback_context: str | Unset = UNSET
        if _callback_context is not UNSET:
            if not isinstance(_callback_context, str):
                raise ResponseValidationError.unexpected(
                    "AiRenderCallback", "callback_context", "a string", _callback_context
                )
            callback_context = _callback_context

        _parsed = cls(
            data=data,
            callback_id=callback_id,
            callback_context=callback_context,
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
from ..models.ai_render import AiRender
