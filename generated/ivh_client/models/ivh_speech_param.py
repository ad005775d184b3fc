from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="IvhSpeechParam")


@_attrs_define
class IvhSpeechParam:
    """The stream's timbre. The session page names the object without its table; the fields are those the same
    product's other pages give `SpeechParam` (62087), and others are passed on.

    Attributes:
        timbre_key (str | Unset): The timbre; the avatar's own when absent.
        speed (float | Unset): Speech rate, 1.0 normal.
        volume (int | Unset): Volume, 0 normal; higher is louder.
        emotion_category (str | Unset): The emotion of multi-emotion timbres.
        emotion_intensity (int | Unset): The emotion's intensity, 50 to 200 (with EmotionCategory).
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    timbre_key: str | Unset = UNSET
    speed: float | Unset = UNSET
    volume: int | Unset = UNSET
    emotion_category: str | Unset = UNSET
    emotion_intensity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timbre_key = self.timbre_key

        speed = self.speed

        volume = self.volume

        emotion_category = self.emotion_category

        emotion_intensity = self.emotion_intensity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timbre_key is not UNSET:
            field_dict["TimbreKey"] = timbre_key
        if speed is not UNSET:
            field_dict["Speed"] = speed
        if volume is not UNSET:
            field_dict["Volume"] = volume
        if emotion_category is not UNSET:
            field_dict["EmotionCategory"] = emotion_category
        if emotion_intensity is not UNSET:
            field_dict["EmotionIntensity"] = emotion_intensity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("IvhSpeechParam", "", "an object", src_dict)
        d = dict(src_dict)
        _timbre_key = d.pop("TimbreKey", UNSET)
        timbre_key: str | Unset = UNSET
        if _timbre_key is not UNSET:
            if not isinstance(_timbre_key, str):
                raise ResponseValidationError.unexpected("IvhSpeechParam", "TimbreKey", "a string", _timbre_key)
            timbre_key = _timbre_key

        _speed = d.pop("Speed", UNSET)
        speed: float | Unset = UNSET
        if _speed is not UNSET:
            if not isinstance(_speed, (int, float)) or isinstance(_speed, bool):
                raise ResponseValidationError.unexpected("IvhSpeechParam", "Speed", "a number", _speed)
            speed = _speed

        _volume = d.pop("Volume", UNSET)
        volume: int | Unset = UNSET
        if _volume is not UNSET:
            if not isinstance(_volume, int) or isinstance(_volume, bool):
                raise ResponseValidationError.unexpected("IvhSpeechParam", "Volume", "an integer", _volume)
            volume = _volume

        _emotion_category = d.pop("EmotionCategory", UNSET)
        emotion_category: str | Unset = UNSET
        if _emotion_category is not UNSET:
            if not isinstance(_emotion_category, str):
                raise ResponseValidationError.unexpected(
                    "IvhSpeechParam", "EmotionCategory", "a string", _emotion_category
                )
            emotion_category = _emotion_category

        _emotion_intensity = d.pop("EmotionIntensity", UNSET)
        emotion_intensity: int | Unset = UNSET
        if _emotion_intensity is not UNSET:
            if not isinstance(_emotion_intensity, int) or isinstance(_emotion_intensity, bool):
                raise ResponseValidationError.unexpected(
                    "IvhSpeechParam", "EmotionIntensity", "an integer", _emotion_intensity
                )
            emotion_intensity = _emotion_intensity

        _parsed = cls(
            timbre_key=timbre_key,
            speed=speed,
            volume=volume,
            emotion_category=emotion_category,
            emotion_intensity=emotion_intensity,
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
