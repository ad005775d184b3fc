from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.ivh_channel_event_type import IvhChannelEventType
from ..models.ivh_final_type import IvhFinalType
from ..models.ivh_speak_status import IvhSpeakStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelEvent")


@_attrs_define
class ChannelEvent:
    """What the command channel reports about the session's drives.

    Attributes:
        type_ (IvhChannelEventType): What a downstream message reports - 3 the speech status, 4 the large model's
            answer, 9 a drive that failed. Other types are for the avatar and may be ignored.
        session_id (str): The session.
        req_id (str): The drive (a SEND_TEXT's ReqId, or a stream's) the message is about.
        seq (int): The streaming fragment (or clause) the message is about; every fragment of its ReqId up to it has
            reached the server.
        speak_status (IvhSpeakStatus | Unset): The digital human's speech. Text - WaitingTextStart, TextStart (being
            said), WaitingTextOver, TextOver (said, or interrupted). Audio - the same with Audio. Error - the last drive
            failed (it ends that drive; later ones still work). Clause mode of streaming text - SentenceNext (send the next
            clause), SentenceStart, SentenceOver.
        final_type (IvhFinalType | Unset): With AudioOver, who ended the audio - 1 the client's final packet, 2 the
            server, after a timeout.
        text (str | Unset): With types 2 and 4, the question.
        text_pro (str | Unset): With types 2 and 4, the text said, with its SSML tags.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    type_: IvhChannelEventType
    session_id: str
    req_id: str
    seq: int
    speak_status: IvhSpeakStatus | Unset = UNSET
    final_type: IvhFinalType | Unset = UNSET
    text: str | Unset = UNSET
    text_pro: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        session_id = self.session_id

        req_id = self.req_id

        seq = self.seq

        speak_status: str | Unset = UNSET
        if not isinstance(self.speak_status, Unset):
            speak_status = self.speak_status.value

        final_type: int | Unset = UNSET
        if not isinstance(self.final_type, Unset):
            final_type = self.final_type.value

        text = self.text

        text_pro = self.text_pro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "SessionId": session_id,
                "ReqId": req_id,
                "Seq": seq,
            }
        )
        if speak_status is not UNSET:
            field_dict["SpeakStatus"] = speak_status
        if final_type is not UNSET:
            field_dict["FinalType"] = final_type
        if text is not UNSET:
            field_dict["Text"] = text
        if text_pro is not UNSET:
            field_dict["TextPro"] = text_pro

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ChannelEvent", "", "an object", src_dict)
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_ = parse_enum(IvhChannelEventType, _type_, "ChannelEvent", "Type")

        _session_id = d.pop("SessionId", UNSET)
        if not isinstance(_session_id, str):
            raise ResponseValidationError.unexpected("ChannelEvent", "SessionId", "a string", _session_id)
        session_id = _session_id

        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("ChannelEvent", "ReqId", "a string", _req_id)
        req_id = _req_id

        _seq = d.pop("Seq", UNSET)
        if not isinstance(_seq, int) or isinstance(_seq, bool):
            raise ResponseValidationError.unexpected("ChannelEvent", "Seq", "an integer", _seq)
        seq = _seq

        _speak_status = d.pop("SpeakStatus", UNSET)
        speak_status: IvhSpeakStatus | Unset = UNSET
        if _speak_status is not UNSET:
            speak_status = parse_enum(IvhSpeakStatus, _speak_status, "ChannelEvent", "SpeakStatus")

        _final_type = d.pop("FinalType", UNSET)
        final_type: IvhFinalType | Unset = UNSET
        if _final_type is not UNSET:
            final_type = parse_enum(IvhFinalType, _final_type, "ChannelEvent", "FinalType")

        _text = d.pop("Text", UNSET)
        text: str | Unset = UNSET
        if _text is not UNSET:
            if not isinstance(_text, str):
                raise ResponseValidationError.unexpected("ChannelEvent", "Text", "a string", _text)
            text = _text

        _text_pro = d.pop("TextPro", UNSET)
        text_pro: str | Unset = UNSET
        if _text_pro is not UNSET:
            if not isinstance(_text_pro, str):
                raise ResponseValidationError.unexpected("ChannelEvent", "TextPro", "a string", _text_pro)
            text_pro = _text_pro

        _parsed = cls(
            type_=type_,
            session_id=session_id,
            req_id=req_id,
            seq=seq,
            speak_status=speak_status,
            final_type=final_type,
            text=text,
            text_pro=text_pro,
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
