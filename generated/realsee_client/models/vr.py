from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.vr_type import VrType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viewer_view import ViewerView
    from ..models.vr_model import VrModel
    from ..models.vr_observer import VrObserver
    from ..models.vr_panoramas import VrPanoramas


T = TypeVar("T", bound="Vr")


@_attrs_define
class Vr:
    """A work's basic data for the viewer SDK, and the format of `work.json` in its offline
    package. Pass it to the SDK unchanged; keys beyond these are kept. The vendor marks no
    field as always present.

    Attributes:
        vr_code (str | Unset): The work's VR code.
        vr_type (VrType | Unset): `"80"` a real (shot) work, `"81"` a virtual (rendered) one - also the first two digits
            of
            the work's `vr_code`. (The design vector page calls the second kind `virtual`.)
        create_time (str | Unset): When the work was created.
        expire_at (str | Unset): When this data expires, a Unix time written as a string (as the vendor types it).
        base_url (str | Unset): The base that the relative addresses of the static files are joined to.
        allow_hosts (list[str] | Unset): The domains allowed to show the work.
        certificate (str | Unset): Certificate of the signed data.
        field_signature (str | Unset): Signature that proves the data unchanged.
        floor_plan_type (int | Unset): The kind of floor plan.
        picture_url (str | Unset): The work's picture.
        title_picture_url (str | Unset): The work's title picture.
        initial (ViewerView | Unset): A view in the viewer: the panorama and the camera's direction and field of view.
            The
            vendor types `latitude` (and in places `heading`) as integers but `longitude` as a number;
            these are angles of one camera, so the spec says number for all four (an integer is a
            number, so integer answers still pass).
        model (VrModel | Unset): The work's 3D model.
        observers (list[VrObserver] | Unset): The observation points (where the camera stood).
        panorama (VrPanoramas | Unset): The panoramas, six cube faces each.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    vr_code: str | Unset = UNSET
    vr_type: VrType | Unset = UNSET
    create_time: str | Unset = UNSET
    expire_at: str | Unset = UNSET
    base_url: str | Unset = UNSET
    allow_hosts: list[str] | Unset = UNSET
    certificate: str | Unset = UNSET
    field_signature: str | Unset = UNSET
    floor_plan_type: int | Unset = UNSET
    picture_url: str | Unset = UNSET
    title_picture_url: str | Unset = UNSET
    initial: ViewerView | Unset = UNSET
    model: VrModel | Unset = UNSET
    observers: list[VrObserver] | Unset = UNSET
    panorama: VrPanoramas | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vr_code = self.vr_code

        vr_type: str | Unset = UNSET
        if not isinstance(self.vr_type, Unset):
            vr_type = self.vr_type.value

        create_time = self.create_time

        expire_at = self.expire_at

        base_url = self.base_url

        allow_hosts: list[str] | Unset = UNSET
        if not isinstance(self.allow_hosts, Unset):
            allow_hosts = self.allow_hosts

        certificate = self.certificate

        field_signature = self.field_signature

        floor_plan_type = self.floor_plan_type

        picture_url = self.picture_url

        title_picture_url = self.title_picture_url

        initial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial, Unset):
            initial = self.initial.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        observers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.observers, Unset):
            observers = []
            for observers_item_data in self.observers:
                observers_item = observers_item_data.to_dict()
                observers.append(observers_item)

        panorama: dict[str, Any] | Unset = UNSET
        if not isinstance(self.panorama, Unset):
            panorama = self.panorama.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vr_code is not UNSET:
            field_dict["vr_code"] = vr_code
        if vr_type is not UNSET:
            field_dict["vr_type"] = vr_type
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if allow_hosts is not UNSET:
            field_dict["allow_hosts"] = allow_hosts
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if field_signature is not UNSET:
            field_dict["_signature"] = field_signature
        if floor_plan_type is not UNSET:
            field_dict["floor_plan_type"] = floor_plan_type
        if picture_url is not UNSET:
            field_dict["picture_url"] = picture_url
        if title_picture_url is not UNSET:
            field_dict["title_picture_url"] = title_picture_url
        if initial is not UNSET:
            field_dict["initial"] = initial
        if model is not UNSET:
            field_dict["model"] = model
        if observers is not UNSET:
            field_dict["observers"] = observers
        if panorama is not UNSET:
            field_dict["panorama"] = panorama

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("Vr", "", "an object", src_dict)
        d = dict(src_dict)
        _vr_code = d.pop("vr_code", UNSET)
        vr_code: str | Unset = UNSET
        if _vr_code is not UNSET:
            if not isinstance(_vr_code, str):
                raise ResponseValidationError.unexpected("Vr", "vr_code", "a string", _vr_code)
            vr_code = _vr_code

        _vr_type = d.pop("vr_type", UNSET)
        vr_type: VrType | Unset = UNSET
        if _vr_type is not UNSET:
            vr_type = parse_enum(VrType, _vr_type, "Vr", "vr_type")

        _create_time = d.pop("create_time", UNSET)
        create_time: str | Unset = UNSET
        if _create_time is not UNSET:
            if not isinstance(_create_time, str):
                raise ResponseValidationError.unexpected("Vr", "create_time", "a string", _create_time)
            create_time = _create_time

        _expire_at = d.pop("expire_at", UNSET)
        expire_at: str | Unset = UNSET
        if _expire_at is not UNSET:
            if not isinstance(_expire_at, str):
                raise ResponseValidationError.unexpected("Vr", "expire_at", "a string", _expire_at)
            expire_at = _expire_at

        _base_url = d.pop("base_url", UNSET)
        base_url: str | Unset = UNSET
        if _base_url is not UNSET:
            if not isinstance(_base_url, str):
                raise ResponseValidationError.unexpected("Vr", "base_url", "a string", _base_url)
            base_url = _base_url

        _allow_hosts = d.pop("allow_hosts", UNSET)
        allow_hosts: list[str] | Unset = UNSET
        if _allow_hosts is not UNSET:
            if not isinstance(_allow_hosts, list):
                raise ResponseValidationError.unexpected("Vr", "allow_hosts", "a list", _allow_hosts)
            allow_hosts_items: list[str] = []
            for allow_hosts_index, allow_hosts_item in enumerate(_allow_hosts):
                if not isinstance(allow_hosts_item, str):
                    raise ResponseValidationError.unexpected(
                        "Vr", "allow_hosts" + f"[{allow_hosts_index}]", "a string", allow_hosts_item
                    )
                allow_hosts_parsed = allow_hosts_item

                allow_hosts_items.append(allow_hosts_parsed)
            allow_hosts = allow_hosts_items

        _certificate = d.pop("certificate", UNSET)
        certificate: str | Unset = UNSET
        if _certificate is not UNSET:
            if not isinstance(_certificate, str):
                raise ResponseValidationError.unexpected("Vr", "certificate", "a string", _certificate)
            certificate = _certificate

        _field_signature = d.pop("_signature", UNSET)
        field_signature: str | Unset = UNSET
        if _field_signature is not UNSET:
            if not isinstance(_field_signature, str):
                raise ResponseValidationError.unexpected("Vr", "_signature", "a string", _field_signature)
            field_signature = _field_signature

        _floor_plan_type = d.pop("floor_plan_type", UNSET)
        floor_plan_type: int | Unset = UNSET
        if _floor_plan_type is not UNSET:
            if not isinstance(_floor_plan_type, int) or isinstance(_floor_plan_type, bool):
                raise ResponseValidationError.unexpected("Vr", "floor_plan_type", "an integer", _floor_plan_type)
            floor_plan_type = _floor_plan_type

        _picture_url = d.pop("picture_url", UNSET)
        picture_url: str | Unset = UNSET
        if _picture_url is not UNSET:
            if not isinstance(_picture_url, str):
                raise ResponseValidationError.unexpected("Vr", "picture_url", "a string", _picture_url)
            picture_url = _picture_url

        _title_picture_url = d.pop("title_picture_url", UNSET)
        title_picture_url: str | Unset = UNSET
        if _title_picture_url is not UNSET:
            if not isinstance(_title_picture_url, str):
                raise ResponseValidationError.unexpected("Vr", "title_picture_url", "a string", _title_picture_url)
            title_picture_url = _title_picture_url

        _initial = d.pop("initial", UNSET)
        initial: ViewerView | Unset = UNSET
        if _initial is not UNSET:
            if not isinstance(_initial, dict):
                raise ResponseValidationError.unexpected("Vr", "initial", "an object", _initial)
            try:
                initial = ViewerView.from_dict(_initial)
            except ResponseValidationError as error:
                raise error.inside("Vr", "initial") from None

        _model = d.pop("model", UNSET)
        model: VrModel | Unset = UNSET
        if _model is not UNSET:
            if not isinstance(_model, dict):
                raise ResponseValidationError.unexpected("Vr", "model", "an object", _model)
            try:
                model = VrModel.from_dict(_model)
            except ResponseValidationError as error:
                raise error.inside("Vr", "model") from None

        _observers = d.pop("observers", UNSET)
        observers: list[VrObserver] | Unset = UNSET
        if _observers is not UNSET:
            if not isinstance(_observers, list):
                raise ResponseValidationError.unexpected("Vr", "observers", "a list", _observers)
            observers_items: list[VrObserver] = []
            for observers_index, observers_item in enumerate(_observers):
                if not isinstance(observers_item, dict):
                    raise ResponseValidationError.unexpected(
                        "Vr", "observers" + f"[{observers_index}]", "an object", observers_item
                    )
                try:
                    observers_parsed = VrObserver.from_dict(observers_item)
                except ResponseValidationError as error:
                    raise error.inside("Vr", "observers" + f"[{observers_index}]") from None

                observers_items.append(observers_parsed)
            observers = observers_items

        _panorama = d.pop("panorama", UNSET)
        panorama: VrPanoramas | Unset = UNSET
        if _panorama is not UNSET:
            if not isinstance(_panorama, dict):
                raise ResponseValidationError.unexpected("Vr", "panorama", "an object", _panorama)
            try:
                panorama = VrPanoramas.from_dict(_panorama)
            except ResponseValidationError as error:
                raise error.inside("Vr", "panorama") from None

        _parsed = cls(
            vr_code=vr_code,
            vr_type=vr_type,
            create_time=create_time,
            expire_at=expire_at,
            base_url=base_url,
            allow_hosts=allow_hosts,
            certificate=certificate,
            field_signature=field_signature,
            floor_plan_type=floor_plan_type,
            picture_url=picture_url,
            title_picture_url=title_picture_url,
            initial=initial,
            model=model,
            observers=observers,
            panorama=panorama,
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
from ..models.viewer_view import ViewerView
from ..models.vr_model import VrModel
from ..models.vr_observer import VrObserver
from ..models.vr_panoramas import VrPanoramas
