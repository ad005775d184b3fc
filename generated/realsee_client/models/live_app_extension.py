from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_app_meta import LiveAppMeta
    from ..models.live_archive_config import LiveArchiveConfig
    from ..models.live_center_config import LiveCenterConfig
    from ..models.live_voice_config import LiveVoiceConfig
    from ..models.live_ws_access import LiveWsAccess


T = TypeVar("T", bound="LiveAppExtension")


@_attrs_define
class LiveAppExtension:
    """The application's live settings. Fields the vendor documents only as `null` are typed as
    any JSON value. Keys outside this list (the example carries a hash-like key with a `null`
    value) are kept as additional properties.

    Attributes:
        allow_dynamic_enter (bool | Unset): Whether users may enter a room that has started.
        archive (LiveArchiveConfig | Unset): Where archived rooms are reported.
        auto_destroy (bool | Unset): Whether an idle room is destroyed automatically.
        callback_option (Any | Unset): Callback options; documented only as `null`.
        callback_url (str | Unset): Where room events are sent.
        charge (Any | Unset): Billing settings; documented only as `null`.
        config_of_center (LiveCenterConfig | Unset): Which viewer plugins and panels are enabled.
        event_send_module (str | Unset): The module that sends room events.
        event_table (Any | Unset): Event table; documented only as `null`.
        keep_alive_time (int | Unset): How long an idle room is kept.
        live (Any | Unset): Live settings; documented only as `null`.
        max_user_count (int | Unset): Most users in one room.
        max_using_time (int | Unset): Longest use of one room.
        meta (LiveAppMeta | Unset): Presentation details of the application.
        record_frame (bool | Unset): Whether view changes are recorded.
        record_voice (bool | Unset): Whether voice is recorded.
        shepherd (Any | Unset): Documented only as `null`.
        staticize (Any | Unset): Documented only as `null`.
        ticket_validate_time (int | Unset): How long a ticket stays valid.
        use_realsee_voice_service (bool | Unset): Whether Realsee's voice service is used.
        validate_enter_live_permission (bool | Unset): Whether entering a room checks permissions.
        voice (LiveVoiceConfig | Unset): The application's voice service settings.
        vr_allow_hosts (list[str] | Unset): Hosts allowed to show the VR.
        vr_expire (Any | Unset): Documented only as `null`.
        wechat_mini (Any | Unset): WeChat mini-program settings; documented only as `null`.
        ws_access (LiveWsAccess | Unset): Endpoints and checks of the room's WebSocket access.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    allow_dynamic_enter: bool | Unset = UNSET
    archive: LiveArchiveConfig | Unset = UNSET
    auto_destroy: bool | Unset = UNSET
    callback_option: Any | Unset = UNSET
    callback_url: str | Unset = UNSET
    charge: Any | Unset = UNSET
    config_of_center: LiveCenterConfig | Unset = UNSET
    event_send_module: str | Unset = UNSET
    event_table: Any | Unset = UNSET
    keep_alive_time: int | Unset = UNSET
    live: Any | Unset = UNSET
    max_user_count: int | Unset = UNSET
    max_using_time: int | Unset = UNSET
    meta: LiveAppMeta | Unset = UNSET
    record_frame: bool | Unset = UNSET
    record_voice: bool | Unset = UNSET
    shepherd: Any | Unset = UNSET
    staticize: Any | Unset = UNSET
    ticket_validate_time: int | Unset = UNSET
    use_realsee_voice_service: bool | Unset = UNSET
    validate_enter_live_permission: bool | Unset = UNSET
    voice: LiveVoiceConfig | Unset = UNSET
    vr_allow_hosts: list[str] | Unset = UNSET
    vr_expire: Any | Unset = UNSET
    wechat_mini: Any | Unset = UNSET
    ws_access: LiveWsAccess | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_dynamic_enter = self.allow_dynamic_enter

        archive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archive, Unset):
            archive = self.archive.to_dict()

        auto_destroy = self.auto_destroy

        callback_option = self.callback_option

        callback_url = self.callback_url

        charge = self.charge

        config_of_center: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_of_center, Unset):
            config_of_center = self.config_of_center.to_dict()

        event_send_module = self.event_send_module

        event_table = self.event_table

        keep_alive_time = self.keep_alive_time

        live = self.live

        max_user_count = self.max_user_count

        max_using_time = self.max_using_time

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        record_frame = self.record_frame

        record_voice = self.record_voice

        shepherd = self.shepherd

        staticize = self.staticize

        ticket_validate_time = self.ticket_validate_time

        use_realsee_voice_service = self.use_realsee_voice_service

        validate_enter_live_permission = self.validate_enter_live_permission

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        vr_allow_hosts: list[str] | Unset = UNSET
        if not isinstance(self.vr_allow_hosts, Unset):
            vr_allow_hosts = self.vr_allow_hosts

        vr_expire = self.vr_expire

        wechat_mini = self.wechat_mini

        ws_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ws_access, Unset):
            ws_access = self.ws_access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_dynamic_enter is not UNSET:
            field_dict["allow_dynamic_enter"] = allow_dynamic_enter
        if archive is not UNSET:
            field_dict["archive"] = archive
        if auto_destroy is not UNSET:
            field_dict["auto_destroy"] = auto_destroy
        if callback_option is not UNSET:
            field_dict["callback_option"] = callback_option
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if charge is not UNSET:
            field_dict["charge"] = charge
        if config_of_center is not UNSET:
            field_dict["config_of_center"] = config_of_center
        if event_send_module is not UNSET:
            field_dict["event_send_module"] = event_send_module
        if event_table is not UNSET:
            field_dict["event_table"] = event_table
        if keep_alive_time is not UNSET:
            field_dict["keep_alive_time"] = keep_alive_time
        if live is not UNSET:
            field_dict["live"] = live
        if max_user_count is not UNSET:
            field_dict["max_user_count"] = max_user_count
        if max_using_time is not UNSET:
            field_dict["max_using_time"] = max_using_time
        if meta is not UNSET:
            field_dict["meta"] = meta
        if record_frame is not UNSET:
            field_dict["record_frame"] = record_frame
        if record_voice is not UNSET:
            field_dict["record_voice"] = record_voice
        if shepherd is not UNSET:
            field_dict["shepherd"] = shepherd
        if staticize is not UNSET:
            field_dict["staticize"] = staticize
        if ticket_validate_time is not UNSET:
            field_dict["ticket_validate_time"] = ticket_validate_time
        if use_realsee_voice_service is not UNSET:
            field_dict["use_realsee_voice_service"] = use_realsee_voice_service
        if validate_enter_live_permission is not UNSET:
            field_dict["validate_enter_live_permission"] = validate_enter_live_permission
        if voice is not UNSET:
            field_dict["voice"] = voice
        if vr_allow_hosts is not UNSET:
            field_dict["vr_allow_hosts"] = vr_allow_hosts
        if vr_expire is not UNSET:
            field_dict["vr_expire"] = vr_expire
        if wechat_mini is not UNSET:
            field_dict["wechat_mini"] = wechat_mini
        if ws_access is not UNSET:
            field_dict["ws_access"] = ws_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveAppExtension", "", "an object", src_dict)
        d = dict(src_dict)
        _allow_dynamic_enter = d.pop("allow_dynamic_enter", UNSET)
        allow_dynamic_enter: bool | Unset = UNSET
        if _allow_dynamic_enter is not UNSET:
            if not isinstance(_allow_dynamic_enter, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "allow_dynamic_enter", "a boolean", _allow_dynamic_enter
                )
            allow_dynamic_enter = _allow_dynamic_enter

        _archive = d.pop("archive", UNSET)
        archive: LiveArchiveConfig | Unset = UNSET
        if _archive is not UNSET:
            if not isinstance(_archive, dict):
                raise ResponseValidationError.unexpected("LiveAppExtension", "archive", "an object", _archive)
            try:
                archive = LiveArchiveConfig.from_dict(_archive)
            except ResponseValidationError as error:
                raise error.inside("LiveAppExtension", "archive") from None

        _auto_destroy = d.pop("auto_destroy", UNSET)
        auto_destroy: bool | Unset = UNSET
        if _auto_destroy is not UNSET:
            if not isinstance(_auto_destroy, bool):
                raise ResponseValidationError.unexpected("LiveAppExtension", "auto_destroy", "a boolean", _auto_destroy)
            auto_destroy = _auto_destroy

        _callback_option = d.pop("callback_option", UNSET)
        callback_option: Any | Unset = UNSET
        if _callback_option is not UNSET:
            callback_option = _callback_option

        _callback_url = d.pop("callback_url", UNSET)
        callback_url: str | Unset = UNSET
        if _callback_url is not UNSET:
            if not isinstance(_callback_url, str):
                raise ResponseValidationError.unexpected("LiveAppExtension", "callback_url", "a string", _callback_url)
            callback_url = _callback_url

        _charge = d.pop("charge", UNSET)
        charge: Any | Unset = UNSET
        if _charge is not UNSET:
            charge = _charge

        _config_of_center = d.pop("config_of_center", UNSET)
        config_of_center: LiveCenterConfig | Unset = UNSET
        if _config_of_center is not UNSET:
            if not isinstance(_config_of_center, dict):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "config_of_center", "an object", _config_of_center
                )
            try:
                config_of_center = LiveCenterConfig.from_dict(_config_of_center)
            except ResponseValidationError as error:
                raise error.inside("LiveAppExtension", "config_of_center") from None

        _event_send_module = d.pop("event_send_module", UNSET)
        event_send_module: str | Unset = UNSET
        if _event_send_module is not UNSET:
            if not isinstance(_event_send_module, str):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "event_send_module", "a string", _event_send_module
                )
            event_send_module = _event_send_module

        _event_table = d.pop("event_table", UNSET)
        event_table: Any | Unset = UNSET
        if _event_table is not UNSET:
            event_table = _event_table

        _keep_alive_time = d.pop("keep_alive_time", UNSET)
        keep_alive_time: int | Unset = UNSET
        if _keep_alive_time is not UNSET:
            if not isinstance(_keep_alive_time, int) or isinstance(_keep_alive_time, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "keep_alive_time", "an integer", _keep_alive_time
                )
            keep_alive_time = _keep_alive_time

        _live = d.pop("live", UNSET)
        live: Any | Unset = UNSET
        if _live is not UNSET:
            live = _live

        _max_user_count = d.pop("max_user_count", UNSET)
        max_user_count: int | Unset = UNSET
        if _max_user_count is not UNSET:
            if not isinstance(_max_user_count, int) or isinstance(_max_user_count, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "max_user_count", "an integer", _max_user_count
                )
            max_user_count = _max_user_count

        _max_using_time = d.pop("max_using_time", UNSET)
        max_using_time: int | Unset = UNSET
        if _max_using_time is not UNSET:
            if not isinstance(_max_using_time, int) or isinstance(_max_using_time, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "max_using_time", "an integer", _max_using_time
                )
            max_using_time = _max_using_time

        _meta = d.pop("meta", UNSET)
        meta: LiveAppMeta | Unset = UNSET
        if _meta is not UNSET:
            if not isinstance(_meta, dict):
                raise ResponseValidationError.unexpected("LiveAppExtension", "meta", "an object", _meta)
            try:
                meta = LiveAppMeta.from_dict(_meta)
            except ResponseValidationError as error:
                raise error.inside("LiveAppExtension", "meta") from None

        _record_frame = d.pop("record_frame", UNSET)
        record_frame: bool | Unset = UNSET
        if _record_frame is not UNSET:
            if not isinstance(_record_frame, bool):
                raise ResponseValidationError.unexpected("LiveAppExtension", "record_frame", "a boolean", _record_frame)
            record_frame = _record_frame

        _record_voice = d.pop("record_voice", UNSET)
        record_voice: bool | Unset = UNSET
        if _record_voice is not UNSET:
            if not isinstance(_record_voice, bool):
                raise ResponseValidationError.unexpected("LiveAppExtension", "record_voice", "a boolean", _record_voice)
            record_voice = _record_voice

        _shepherd = d.pop("shepherd", UNSET)
        shepherd: Any | Unset = UNSET
        if _shepherd is not UNSET:
            shepherd = _shepherd

        _staticize = d.pop("staticize", UNSET)
        staticize: Any | Unset = UNSET
        if _staticize is not UNSET:
            staticize = _staticize

        _ticket_validate_time = d.pop("ticket_validate_time", UNSET)
        ticket_validate_time: int | Unset = UNSET
        if _ticket_validate_time is not UNSET:
            if not isinstance(_ticket_validate_time, int) or isinstance(_ticket_validate_time, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "ticket_validate_time", "an integer", _ticket_validate_time
                )
            ticket_validate_time = _ticket_validate_time

        _use_realsee_voice_service = d.pop("use_realsee_voice_service", UNSET)
        use_realsee_voice_service: bool | Unset = UNSET
        if _use_realsee_voice_service is not UNSET:
            if not isinstance(_use_realsee_voice_service, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "use_realsee_voice_service", "a boolean", _use_realsee_voice_service
                )
            use_realsee_voice_service = _use_realsee_voice_service

        _validate_enter_live_permission = d.pop("validate_enter_live_permission", UNSET)
        validate_enter_live_permission: bool | Unset = UNSET
        if _validate_enter_live_permission is not UNSET:
            if not isinstance(_validate_enter_live_permission, bool):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "validate_enter_live_permission", "a boolean", _validate_enter_live_permission
                )
            validate_enter_live_permission = _validate_enter_live_permission

        _voice = d.pop("voice", UNSET)
        voice: LiveVoiceConfig | Unset = UNSET
        if _voice is not UNSET:
            if not isinstance(_voice, dict):
                raise ResponseValidationError.unexpected("LiveAppExtension", "voice", "an object", _voice)
            try:
                voice = LiveVoiceConfig.from_dict(_voice)
            except ResponseValidationError as error:
                raise error.inside("LiveAppExtension", "voice") from None

        _vr_allow_hosts = d.pop("vr_allow_hosts", UNSET)
        vr_allow_hosts: list[str] | Unset = UNSET
        if _vr_allow_hosts is not UNSET:
            if not isinstance(_vr_allow_hosts, list):
                raise ResponseValidationError.unexpected(
                    "LiveAppExtension", "vr_allow_hosts", "a list", _vr_allow_hosts
                )
            vr_allow_hosts_items: list[str] = []
            for vr_allow_hosts_index, vr_allow_hosts_item in enumerate(_vr_allow_hosts):
                if not isinstance(vr_allow_hosts_item, str):
                    raise ResponseValidationError.unexpected(
                        "LiveAppExtension",
                        "vr_allow_hosts" + f"[{vr_allow_hosts_index}]",
                        "a string",
                        vr_allow_hosts_item,
                    )
                vr_allow_hosts_parsed = vr_allow_hosts_item

                vr_allow_hosts_items.append(vr_allow_hosts_parsed)
            vr_allow_hosts = vr_allow_hosts_items

        _vr_expire = d.pop("vr_expire", UNSET)
        vr_expire: Any | Unset = UNSET
        if _vr_expire is not UNSET:
            vr_expire = _vr_expire

        _wechat_mini = d.pop("wechat_mini", UNSET)
        wechat_mini: Any | Unset = UNSET
        if _wechat_mini is not UNSET:
            wechat_mini = _wechat_mini

        _ws_access = d.pop("ws_access", UNSET)
        ws_access: LiveWsAccess | Unset = UNSET
        if _ws_access is not UNSET:
            if not isinstance(_ws_access, dict):
                raise ResponseValidationError.unexpected("LiveAppExtension", "ws_access", "an object", _ws_access)
            try:
                ws_access = LiveWsAccess.from_dict(_ws_access)
            except ResponseValidationError as error:
                raise error.inside("LiveAppExtension", "ws_access") from None

        _parsed = cls(
            allow_dynamic_enter=allow_dynamic_enter,
            archive=archive,
            auto_destroy=auto_destroy,
            callback_option=callback_option,
            callback_url=callback_url,
            charge=charge,
            config_of_center=config_of_center,
            event_send_module=event_send_module,
            event_table=event_table,
            keep_alive_time=keep_alive_time,
            live=live,
            max_user_count=max_user_count,
            max_using_time=max_using_time,
            meta=meta,
            record_frame=record_frame,
            record_voice=record_voice,
            shepherd=shepherd,
            staticize=staticize,
            ticket_validate_time=ticket_validate_time,
            use_realsee_voice_service=use_realsee_voice_service,
            validate_enter_live_permission=validate_enter_live_permission,
            voice=voice,
            vr_allow_hosts=vr_allow_hosts,
            vr_expire=vr_expire,
            wechat_mini=wechat_mini,
            ws_access=ws_access,
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
from ..models.live_app_meta import LiveAppMeta
from ..models.live_archive_config import LiveArchiveConfig
from ..models.live_center_config import LiveCenterConfig
from ..models.live_voice_config import LiveVoiceConfig
from ..models.live_ws_access import LiveWsAccess
