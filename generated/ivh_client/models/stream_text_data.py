from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamTextData")


@_attrs_define
class StreamTextData:
    """One fragment of a streaming text.

    Attributes:
        text (str): The next piece of the text (an increment), at most 1000 bytes in UTF-8; empty in a packet that only
            ends or interrupts the stream.
        seq (int): The fragment's number in its stream (its ReqId), from 1, without gaps.
        is_final (bool | Unset): The stream's last packet (default false).
        interrupt (bool | Unset): With an empty Text, interrupt the streaming text (default false).
        smart_action_enabled (bool | Unset): Generate actions where the text has no action tags (default false).
        is_sentence (bool | Unset): Clause mode - the server does not regroup sentences (default false).
        is_insert_sentence (bool | Unset): In clause mode, insert this clause (default false).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    text: str
    seq: int
    is_final: bool | Unset = UNSET
    interrupt: bool | Unset = UNSET
    smart_action_enabled: bool | Unset = UNSET
    is_sentence: bool | Unset = UNSET
    is_insert_sentence: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        seq = self.seq

        is_final = self.is_final

        interrupt = self.interrupt

        smart_action_enabled = self.smart_action_enabled

        is_sentence = self.is_sentence

        is_insert_sentence = self.is_insert_sentence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Text": text,
                "Seq": seq,
            }
        )
        if is_final is not UNSET:
            field_dict["IsFinal"] = is_final
        if interrupt is not UNSET:
            field_dict["Interrupt"] = interrupt
        if smart_action_enabled is not UNSET:
            field_dict["SmartActionEnabled"] = smart_action_enabled
        if is_sentence is not UNSET:
            field_dict["IsSentence"] = is_sentence
        if is_insert_sentence is not UNSET:
            field_dict["IsInsertSentence"] = is_insert_sentence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("StreamTextData", "", "an object", src_dict)
        d = dict(src_dict)
        _text = d.pop("Text", UNSET)
        if not isinstance(_text, str):
            raise ResponseValidationError.unexpected("StreamTextData", "Text", "a string", _text)
        text = _text

        _seq = d.pop("Seq", UNSET)
        if not isinstance(_seq, int) or isinstance(_seq, bool):
            raise ResponseValidationError.unexpected("StreamTextData", "Seq", "an integer", _seq)
        seq = _seq

        _is_final = d.pop("IsFinal", UNSET)
        is_final: bool | Unset = UNSET
        if _is_final is not UNSET:
            if not isinstance(_is_final, bool):
                raise ResponseValidationError.unexpected("StreamTextData", "IsFinal", "a boolean", _is_final)
            is_final = _is_final

        _interrupt = d.pop("Interrupt", UNSET)
        interrupt: bool | Unset = UNSET
        if _interrupt is not UNSET:
            if not isinstance(_interrupt, bool):
                raise ResponseValidationError.unexpected("StreamTextData", "Interrupt", "a boolean", _interrupt)
            interrupt = _interrupt

        _smart_action_enabled = d.pop("SmartActionEnabled", UNSET)
        smart_action_enabled: bool | Unset = UNSET
        if _smart_action_enabled is not UNSET:
            if not isinstance(_smart_action_enabled, bool):
                raise ResponseValidationError.unexpected(
                    "StreamTextData", "SmartActionEnabled", "a boolean", _smart_action_enabled
                )
            smart_action_enabled = _smart_action_enabled

        _is_sentence = d.pop("IsSentence", UNSET)
        is_sentence: bool | Unset = UNSET
        if _is_sentence is not UNSET:
            if not isinstance(_is_sentence, bool):
                raise ResponseValidationError.unexpected("StreamTextData", "IsSentence", "a boolean", _is_sentence)
            is_sentence = _is_sentence

        _is_insert_sentence = d.pop("IsInsertSentence", UNSET)
        is_insert_sentence: bool | Unset = UNSET
        if _is_insert_sentence is not UNSET:
            if not isinstance(_is_insert_sentence, bool):
                raise ResponseValidationError.unexpected(
                    "StreamTextData", "IsInsertSentence", "a boolean", _is_insert_sentence
                )
            is_insert_sentence = _is_insert_sentence

        _parsed = cls(
            text=text,
            seq=seq,
            is_final=is_final,
            interrupt=interrupt,
            smart_action_enabled=smart_action_enabled,
            is_sentence=is_sentence,
            is_insert_sentence=is_insert_sentence,
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
