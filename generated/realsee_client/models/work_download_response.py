from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realsee_no_data import RealseeNoData
    from ..models.work_download import WorkDownload


T = TypeVar("T", bound="WorkDownloadResponse")


@_attrs_define
class WorkDownloadResponse:
    """Envelope of get_work_download_url.

    Attributes:
        code (int): `0` success, `-1` failure, `-3` access_token expired.
        status (str): `"success"` or the error text.
        data (None | RealseeNoData | WorkDownload):
        request_id (str | Unset): Identifies this request; quote it when reporting problems.
        trace_id (str | Unset): Tracing id of this request.
        business_code (str | Unset): `""` at the auth layer, `"0"` for a business success, otherwise a code such as
            `"10001"` or `"50"`.
        osi_request_id (str | Unset): Request id of an upstream service, often empty.
        cost (int | Unset): Server processing time in milliseconds.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    code: int
    status: str
    data: None | RealseeNoData | WorkDownload
    request_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    business_code: str | Unset = UNSET
    osi_request_id: str | Unset = UNSET
    cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        status = self.status

        data: dict[str, Any] | None
        if isinstance(self.data, WorkDownload):
            data = self.data.to_dict()
        elif isinstance(self.data, RealseeNoData):
            data = self.data.to_dict()
        else:
            data = self.data

        request_id = self.request_id

        trace_id = self.trace_id

        business_code = self.business_code

        osi_request_id = self.osi_request_id

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "status": status,
                "data": data,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if business_code is not UNSET:
            field_dict["business_code"] = business_code
        if osi_request_id is not UNSET:
            field_dict["osi_request_id"] = osi_request_id
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("WorkDownloadResponse", "", "an object", src_dict)
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        if not isinstance(_code, int) or isinstance(_code, bool):
            raise ResponseValidationError.unexpected("WorkDownloadResponse", "code", "an integer", _code)
        code = _code

        _status = d.pop("status", UNSET)
        if not isinstance(_status, str):
            raise ResponseValidationError.unexpected("WorkDownloadResponse", "status", "a string", _status)
        status = _status

        _data = d.pop("data", UNSET)

        def _parse_data(data: object) -> None | RealseeNoData | WorkDownload:
            if isinstance(data, dict):
                try:
                    return WorkDownload.from_dict(data)
                except ResponseValidationError:
                    pass
            if isinstance(data, dict):
                try:
                    return RealseeNoData.from_dict(data)
                except ResponseValidationError:
                    pass
            if data is None:
                return None
            raise ResponseValidationError.unexpected(
                "WorkDownloadResponse", "data", "an object or an object or null", data
            )

        data = _parse_data(_data)

        _request_id = d.pop("request_id", UNSET)
        request_id: str | Unset = UNSET
        if _request_id is not UNSET:
            if not isinstance(_request_id, str):
                raise ResponseValidationError.unexpected("WorkDownloadResponse", "request_id", "a string", _request_id)
            request_id = _request_id

        _trace_id = d.pop("trace_id", UNSET)
        trace_id: str | Unset = UNSET
        if _trace_id is not UNSET:
            if not isinstance(_trace_id, str):
                raise ResponseValidationError.unexpected("WorkDownloadResponse", "trace_id", "a string", _trace_id)
            trace_id = _trace_id

        _business_code = d.pop("business_code", UNSET)
        business_code: str | Unset = UNSET
        if _business_code is not UNSET:
            if not isinstance(_business_code, str):
                raise ResponseValidationError.unexpected(
                    "WorkDownloadResponse", "business_code", "a string", _business_code
                )
            business_code = _business_code

        _osi_request_id = d.pop("osi_request_id", UNSET)
        osi_request_id: str | Unset = UNSET
        if _osi_request_id is not UNSET:
            if not isinstance(_osi_request_id, str):
                raise ResponseValidationError.unexpected(
                    "WorkDownloadResponse", "osi_request_id", "a string", _osi_request_id
                )
            osi_request_id = _osi_request_id

        _cost = d.pop("cost", UNSET)
        cost: int | Unset = UNSET
        if _cost is not UNSET:
            if not isinstance(_cost, int) or isinstance(_cost, bool):
                raise ResponseValidationError.unexpected("WorkDownloadResponse", "cost", "an integer", _cost)
            cost = _cost

        _parsed = cls(
            code=code,
            status=status,
            data=data,
            request_id=request_id,
            trace_id=trace_id,
            business_code=business_code,
            osi_request_id=osi_request_id,
            cost=cost,
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
from ..models.realsee_no_data import RealseeNoData
from ..models.work_download import WorkDownload
