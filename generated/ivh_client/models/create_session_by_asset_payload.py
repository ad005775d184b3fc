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
    from ..models.create_session_by_asset_payload_extra_info import CreateSessionByAssetPayloadExtraInfo
    from ..models.ivh_anchor_param import IvhAnchorParam
    from ..models.ivh_protocol_option import IvhProtocolOption
    from ..models.ivh_speech_param import IvhSpeechParam
    from ..models.ivh_video_layer import IvhVideoLayer


T = TypeVar("T", bound="CreateSessionByAssetPayload")


@_attrs_define
class CreateSessionByAssetPayload:
    """
    Attributes:
        req_id (str): The caller's unique id of this request, a 32-character UUID without dashes.
        asset_virtualman_key (str): The personal asset image, from the platform's asset management.
        user_id (str): Your id of the viewer; a new session with the same UserId closes the previous one.
        protocol (IvhProtocol): The stream protocol.
        driver_type (IvhDriverType): How the digital human is driven - 1 text only; 3 audio (original voice), which also
            accepts text.
        session_id (str | Unset): Only in private deployments; the cloud assigns it otherwise.
        protocol_option (IvhProtocolOption | Unset): Protocol options; only for TRTC.
        speech_param (IvhSpeechParam | Unset): The stream's timbre. The session page names the object without its table;
            the fields are those the same product's other pages give `SpeechParam` (62087), and others are passed on.
        extra_info (CreateSessionByAssetPayloadExtraInfo | Unset): Extended parameters of the stream, as a JSON object.
        backgrounds (list[IvhVideoLayer] | Unset): Background layers; backgrounds and foregrounds are at most 5
            together. Only for anchors whose shooting background was removed, where they win over the green screen.
        foregrounds (list[IvhVideoLayer] | Unset): Foreground layers; backgrounds and foregrounds are at most 5
            together.
        anchor_param (IvhAnchorParam | Unset): Where and how large the anchor (the digital human) appears. The page
            names the object without its table: its fields are passed on as given.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    req_id: str
    asset_virtualman_key: str
    user_id: str
    protocol: IvhProtocol
    driver_type: IvhDriverType
    session_id: str | Unset = UNSET
    protocol_option: IvhProtocolOption | Unset = UNSET
    speech_param: IvhSpeechParam | Unset = UNSET
    extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET
    backgrounds: list[IvhVideoLayer] | Unset = UNSET
    foregrounds: list[IvhVideoLayer] | Unset = UNSET
    anchor_param: IvhAnchorParam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        asset_virtualman_key = self.asset_virtualman_key

        user_id = self.user_id

        protocol = self.protocol.value

        driver_type = self.driver_type.value

        session_id = self.session_id

        protocol_option: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocol_option, Unset):
            protocol_option = self.protocol_option.to_dict()

        speech_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speech_param, Unset):
            speech_param = self.speech_param.to_dict()

        extra_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_info, Unset):
            extra_info = self.extra_info.to_dict()

        backgrounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.backgrounds, Unset):
            backgrounds = []
            for backgrounds_item_data in self.backgrounds:
                backgrounds_item = backgrounds_item_data.to_dict()
                backgrounds.append(backgrounds_item)

        foregrounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.foregrounds, Unset):
            foregrounds = []
            for foregrounds_item_data in self.foregrounds:
                foregrounds_item = foregrounds_item_data.to_dict()
                foregrounds.append(foregrounds_item)

        anchor_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anchor_param, Unset):
            anchor_param = self.anchor_param.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ReqId": req_id,
                "AssetVirtualmanKey": asset_virtualman_key,
                "UserId": user_id,
                "Protocol": protocol,
                "DriverType": driver_type,
            }
        )
        if session_id is not UNSET:
            field_dict["SessionId"] = session_id
        if protocol_option is not UNSET:
            field_dict["ProtocolOption"] = protocol_option
        if speech_param is not UNSET:
            field_dict["SpeechParam"] = speech_param
        if extra_info is not UNSET:
            field_dict["ExtraInfo"] = extra_info
        if backgrounds is not UNSET:
            field_dict["Backgrounds"] = backgrounds
        if foregrounds is not UNSET:
            field_dict["Foregrounds"] = foregrounds
        if anchor_param is not UNSET:
            field_dict["AnchorParam"] = anchor_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CreateSessionByAssetPayload", "", "an object", src_dict)
        d = dict(src_dict)
        _req_id = d.pop("ReqId", UNSET)
        if not isinstance(_req_id, str):
            raise ResponseValidationError.unexpected("CreateSessionByAssetPayload", "ReqId", "a string", _req_id)
        req_id = _req_id

        _asset_virtualman_key = d.pop("AssetVirtualmanKey", UNSET)
        if not isinstance(_asset_virtualman_key, str):
            raise ResponseValidationError.unexpected(
                "CreateSessionByAssetPayload", "AssetVirtualmanKey", "a string", _asset_virtualman_key
            )
        asset_virtualman_key = _asset_virtualman_key

        _user_id = d.pop("UserId", UNSET)
        if not isinstance(_user_id, str):
            raise ResponseValidationError.unexpected("CreateSessionByAssetPayload", "UserId", "a string", _user_id)
        user_id = _user_id

        _protocol = d.pop("Protocol", UNSET)
        protocol = parse_enum(IvhProtocol, _protocol, "CreateSessionByAssetPayload", "Protocol")

        _driver_type = d.pop("DriverType", UNSET)
        driver_type = parse_enum(IvhDriverType, _driver_type, "CreateSessionByAssetPayload", "DriverType")

        _session_id = d.pop("SessionId", UNSET)
        session_id: str | Unset = UNSET
        if _session_id is not UNSET:
            if not isinstance(_session_id, str):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "SessionId", "a string", _session_id
                )
            session_id = _session_id

        _protocol_option = d.pop("ProtocolOption", UNSET)
        protocol_option: IvhProtocolOption | Unset = UNSET
        if _protocol_option is not UNSET:
            if not isinstance(_protocol_option, dict):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "ProtocolOption", "an object", _protocol_option
                )
            try:
                protocol_option = IvhProtocolOption.from_dict(_protocol_option)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionByAssetPayload", "ProtocolOption") from None

        _speech_param = d.pop("SpeechParam", UNSET)
        speech_param: IvhSpeechParam | Unset = UNSET
        if _speech_param is not UNSET:
            if not isinstance(_speech_param, dict):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "SpeechParam", "an object", _speech_param
                )
            try:
                speech_param = IvhSpeechParam.from_dict(_speech_param)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionByAssetPayload", "SpeechParam") from None

        _extra_info = d.pop("ExtraInfo", UNSET)
        extra_info: CreateSessionByAssetPayloadExtraInfo | Unset = UNSET
        if _extra_info is not UNSET:
            if not isinstance(_extra_info, dict):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "ExtraInfo", "an object", _extra_info
                )
            try:
                extra_info = CreateSessionByAssetPayloadExtraInfo.from_dict(_extra_info)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionByAssetPayload", "ExtraInfo") from None

        _backgrounds = d.pop("Backgrounds", UNSET)
        backgrounds: list[IvhVideoLayer] | Unset = UNSET
        if _backgrounds is not UNSET:
            if not isinstance(_backgrounds, list):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "Backgrounds", "a list", _backgrounds
                )
            backgrounds_items: list[IvhVideoLayer] = []
            for backgrounds_index, backgrounds_item in enumerate(_backgrounds):
                if not isinstance(backgrounds_item, dict):
                    raise ResponseValidationError.unexpected(
                        "CreateSessionByAssetPayload",
                        "Backgrounds" + f"[{backgrounds_index}]",
                        "an object",
                        backgrounds_item,
                    )
                try:
                    backgrounds_parsed = IvhVideoLayer.from_dict(backgrounds_item)
                except ResponseValidationError as error:
                    raise error.inside(
                        "CreateSessionByAssetPayload", "Backgrounds" + f"[{backgrounds_index}]"
                    ) from None

                backgrounds_items.append(backgrounds_parsed)
            backgrounds = backgrounds_items

        _foregrounds = d.pop("Foregrounds", UNSET)
        foregrounds: list[IvhVideoLayer] | Unset = UNSET
        if _foregrounds is not UNSET:
            if not isinstance(_foregrounds, list):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "Foregrounds", "a list", _foregrounds
                )
            foregrounds_items: list[IvhVideoLayer] = []
            for foregrounds_index, foregrounds_item in enumerate(_foregrounds):
                if not isinstance(foregrounds_item, dict):
                    raise ResponseValidationError.unexpected(
                        "CreateSessionByAssetPayload",
                        "Foregrounds" + f"[{foregrounds_index}]",
                        "an object",
                        foregrounds_item,
                    )
                try:
                    foregrounds_parsed = IvhVideoLayer.from_dict(foregrounds_item)
                except ResponseValidationError as error:
                    raise error.inside(
                        "CreateSessionByAssetPayload", "Foregrounds" + f"[{foregrounds_index}]"
                    ) from None

                foregrounds_items.append(foregrounds_parsed)
            foregrounds = foregrounds_items

        _anchor_param = d.pop("AnchorParam", UNSET)
        anchor_param: IvhAnchorParam | Unset = UNSET
        if _anchor_param is not UNSET:
            if not isinstance(_anchor_param, dict):
                raise ResponseValidationError.unexpected(
                    "CreateSessionByAssetPayload", "AnchorParam", "an object", _anchor_param
                )
            try:
                anchor_param = IvhAnchorParam.from_dict(_anchor_param)
            except ResponseValidationError as error:
                raise error.inside("CreateSessionByAssetPayload", "AnchorParam") from None

        _parsed = cls(
            req_id=req_id,
            asset_virtualman_key=asset_virtualman_key,
            user_id=user_id,
            protocol=protocol,
            driver_type=driver_type,
            session_id=session_id,
            protocol_option=protocol_option,
            speech_param=speech_param,
            extra_info=extra_info,
            backgrounds=backgrounds,
            foregrounds=foregrounds,
            anchor_param=anchor_param,
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
from ..models.create_session_by_asset_payload_extra_info import CreateSessionByAssetPayloadExtraInfo
from ..models.ivh_anchor_param import IvhAnchorParam
from ..models.ivh_protocol_option import IvhProtocolOption
from ..models.ivh_speech_param import IvhSpeechParam
from ..models.ivh_video_layer import IvhVideoLayer
