from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.render_status import RenderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vr_meta_detail import VrMetaDetail
    from ..models.vr_meta_five import VrMetaFive
    from ..models.vr_meta_original import VrMetaOriginal


T = TypeVar("T", bound="VrMeta")


@_attrs_define
class VrMeta:
    """A work's metadata.

    Attributes:
        status (RenderStatus | Unset): A work's render state: `RENDER_ING` (rendering, from submission),
            `RENDER_PART_DONE` (the
            first observation point is rendered), `RENDER_DONE` (done) or `RENDER_FAIL` (failed).
        detail (VrMetaDetail | Unset): Title, source and links of a work.
        original (VrMetaOriginal | Unset): How a work was captured or rendered.
        five (VrMetaFive | Unset): The viewer's ("Five") central parameters.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    status: RenderStatus | Unset = UNSET
    detail: VrMetaDetail | Unset = UNSET
    original: VrMetaOriginal | Unset = UNSET
    five: VrMetaFive | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        original: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original, Unset):
            original = self.original.to_dict()

        five: dict[str, Any] | Unset = UNSET
        if not isinstance(self.five, Unset):
            five = self.five.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if original is not UNSET:
            field_dict["original"] = original
        if five is not UNSET:
            field_dict["five"] = five

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrMeta", "", "an object", src_dict)
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: RenderStatus | Unset = UNSET
        if _status is not UNSET:
            status = parse_enum(RenderStatus, _status, "VrMeta", "status")

        _detail = d.pop("detail", UNSET)
        detail: VrMetaDetail | Unset = UNSET
        if _detail is not UNSET:
            if not isinstance(_detail, dict):
                raise ResponseValidationError.unexpected("VrMeta", "detail", "an object", _detail)
            try:
                detail = VrMetaDetail.from_dict(_detail)
            except ResponseValidationError as error:
                raise error.inside("VrMeta", "detail") from None

        _original = d.pop("original", UNSET)
        original: VrMetaOriginal | Unset = UNSET
        if _original is not UNSET:
            if not isinstance(_original, dict):
                raise ResponseValidationError.unexpected("VrMeta", "original", "an object", _original)
            try:
                original = VrMetaOriginal.from_dict(_original)
            except ResponseValidationError as error:
                raise error.inside("VrMeta", "original") from None

        _five = d.pop("five", UNSET)
        five: VrMetaFive | Unset = UNSET
        if _five is not UNSET:
            if not isinstance(_five, dict):
                raise ResponseValidationError.unexpected("VrMeta", "five", "an object", _five)
            try:
                five = VrMetaFive.from_dict(_five)
            except ResponseValidationError as error:
                raise error.inside("VrMeta", "five") from None

        _parsed = cls(
            status=status,
            detail=detail,
            original=original,
            five=five,
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
from ..models.vr_meta_detail import VrMetaDetail
from ..models.vr_meta_five import VrMetaFive
from ..models.vr_meta_original import VrMetaOriginal
