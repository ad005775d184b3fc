from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_audio_service import LiveAudioService


T = TypeVar("T", bound="LiveVoiceConfig")


@_attrs_define
class LiveVoiceConfig:
    """The application's voice service settings.

    Attributes:
        audio_service (LiveAudioService | Unset): The audio provider.
        config_name (str | Unset): Name of the voice configuration.
        vras_app_id (str | Unset): Voice service application id.
        vras_as_id (str | Unset): Voice service id.
        vras_token (str | Unset): Voice service token.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    audio_service: LiveAudioService | Unset = UNSET
    config_name: str | Unset = UNSET
    vras_app_id: str | Unset = UNSET
    vras_as_id: str | Unset = UNSET
    vras_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_service, Unset):
            audio_service = self.audio_service.to_dict()

        config_name = self.config_name

        vras_app_id = self.vras_app_id

        vras_as_id = self.vras_as_id

        vras_token = self.vras_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_service is not UNSET:
            field_dict["audio_service"] = audio_service
        if config_name is not UNSET:
            field_dict["config_name"] = config_name
        if vras_app_id is not UNSET:
            field_dict["vras_app_id"] = vras_app_id
        if vras_as_id is not UNSET:
            field_dict["vras_as_id"] = vras_as_id
        if vras_token is not UNSET:
            field_dict["vras_token"] = vras_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveVoiceConfig", "", "an object", src_dict)
        d = dict(src_dict)
        _audio_service = d.pop("audio_service", UNSET)
        audio_service: LiveAudioService | Unset = UNSET
        if _audio_service is not UNSET:
            if not isinstance(_audio_service, dict):
                raise ResponseValidationError.unexpected(
                    "LiveVoiceConfig", "audio_service", "an object", _audio_service
                )
            try:
                audio_service = LiveAudioService.from_dict(_audio_service)
            except ResponseValidationError as error:
                raise error.inside("LiveVoiceConfig", "audio_service") from None

        _config_name = d.pop("config_name", UNSET)
        config_name: str | Unset = UNSET
        if _config_name is not UNSET:
            if not isinstance(_config_name, str):
                raise ResponseValidationError.unexpected("LiveVoiceConfig", "config_name", "a string", _config_name)
            config_name = _config_name

        _vras_app_id = d.pop("vras_app_id", UNSET)
        vras_app_id: str | Unset = UNSET
        if _vras_app_id is not UNSET:
            if not isinstance(_vras_app_id, str):
                raise ResponseValidationError.unexpected("LiveVoiceConfig", "vras_app_id", "a string", _vras_app_id)
            vras_app_id = _vras_app_id

        _vras_as_id = d.pop("vras_as_id", UNSET)
        vras_as_id: str | Unset = UNSET
        if _vras_as_id is not UNSET:
            if not isinstance(_vras_as_id, str):
                raise ResponseValidationError.unexpected("LiveVoiceConfig", "vras_as_id", "a string", _vras_as_id)
            vras_as_id = _vras_as_id

        _vras_token = d.pop("vras_token", UNSET)
        vras_token: str | Unset = UNSET
        if _vras_token is not UNSET:
            if not isinstance(_vras_token, str):
                raise ResponseValidationError.unexpected("LiveVoiceConfig", "vras_token", "a string", _vras_token)
            vras_token = _vras_token

        if isinstance(vras_token, str):
            register_secret(vras_token)

        _parsed = cls(
            audio_service=audio_service,
            config_name=config_name,
            vras_app_id=vras_app_id,
            vras_as_id=vras_as_id,
            vras_token=vras_token,
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
from ..models.live_audio_service import LiveAudioService
