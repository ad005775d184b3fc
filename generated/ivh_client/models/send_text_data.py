from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendTextData")


@_attrs_define
class SendTextData:
    """A text to say, or (Interrupt alone) the order to stop.

    Attributes:
        text (str | Unset): What to say, at most 4000 characters (the command channel's page says 4000 bytes: the vrlive
            driver keeps to bytes).
        interrupt (bool | Unset): Interrupt what is being said even where the platform marks it not interruptible
            (default false).
        chat_command (str | Unset): For projects bound to a customer-service bot: `NotUseChat` says the text as sent;
            empty or absent lets the bot's Q&A library answer it.
        chat_round_id (str | Unset): The conversation round (a UUID), for projects on Tencent's industry large model.
        cloud_ai_visitor_biz_id (str | Unset): The visitor of Tencent's large model knowledge engine.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    text: str | Unset = UNSET
    interrupt: bool | Unset = UNSET
    chat_command: str | Unset = UNSET
    chat_round_id: str | Unset = UNSET
    cloud_ai_visitor_biz_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        interrupt = self.interrupt

        chat_command = self.chat_command

        chat_round_id = self.chat_round_id

        cloud_ai_visitor_biz_id = self.cloud_ai_visitor_biz_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["Text"] = text
        if interrupt is not UNSET:
            field_dict["Interrupt"] = interrupt
        if chat_command is not UNSET:
            field_dict["ChatCommand"] = chat_command
        if chat_round_id is not UNSET:
            field_dict["ChatRoundId"] = chat_round_id
        if cloud_ai_visitor_biz_id is not UNSET:
            field_dict["CloudAiVisitorBizId"] = cloud_ai_visitor_biz_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SendTextData", "", "an object", src_dict)
        d = dict(src_dict)
        _text = d.pop("Text", UNSET)
        text: str | Unset = UNSET
        if _text is not UNSET:
            if not isinstance(_text, str):
                raise ResponseValidationError.unexpected("SendTextData", "Text", "a string", _text)
            text = _text

        _interrupt = d.pop("Interrupt", UNSET)
        interrupt: bool | Unset = UNSET
        if _interrupt is not UNSET:
            if not isinstance(_interrupt, bool):
                raise ResponseValidationError.unexpected("SendTextData", "Interrupt", "a boolean", _interrupt)
            interrupt = _interrupt

        _chat_command = d.pop("ChatCommand", UNSET)
        chat_command: str | Unset = UNSET
        if _chat_command is not UNSET:
            if not isinstance(_chat_command, str):
                raise ResponseValidationError.unexpected("SendTextData", "ChatCommand", "a string", _chat_command)
            chat_command = _chat_command

        _chat_round_id = d.pop("ChatRoundId", UNSET)
        chat_round_id: str | Unset = UNSET
        if _chat_round_id is not UNSET:
            if not isinstance(_chat_round_id, str):
                raise ResponseValidationError.unexpected("SendTextData", "ChatRoundId", "a string", _chat_round_id)
            chat_round_id = _chat_round_id

        _cloud_ai_visitor_biz_id = d.pop("CloudAiVisitorBizId", UNSET)
        cloud_ai_visitor_biz_id: str | Unset = UNSET
        if _cloud_ai_visitor_biz_id is not UNSET:
            if not isinstance(_cloud_ai_visitor_biz_id, str):
                raise ResponseValidationError.unexpected(
                    "SendTextData", "CloudAiVisitorBizId", "a string", _cloud_ai_visitor_biz_id
                )
            cloud_ai_visitor_biz_id = _cloud_ai_visitor_biz_id

        _parsed = cls(
            text=text,
            interrupt=interrupt,
            chat_command=chat_command,
            chat_round_id=chat_round_id,
            cloud_ai_visitor_biz_id=cloud_ai_visitor_biz_id,
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
