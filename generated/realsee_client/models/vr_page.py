from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.vr_summary import VrSummary


T = TypeVar("T", bound="VrPage")


@_attrs_define
class VrPage:
    """One page of VR works.

    Attributes:
        list_ (list[VrSummary]): The works of this page.
        total (int): How many works there are in all.
        page_size (int): The page size used.
        current_page (int): This page's number, from 1.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    list_: list[VrSummary]
    total: int
    page_size: int
    current_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        total = self.total

        page_size = self.page_size

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
                "total": total,
                "page_size": page_size,
                "current_page": current_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("VrPage", "", "an object", src_dict)
        d = dict(src_dict)
        _list_ = d.pop("list", UNSET)
        if not isinstance(_list_, list):
            raise ResponseValidationError.unexpected("VrPage", "list", "a list", _list_)
        list__items: list[VrSummary] = []
        for list__index, list__item in enumerate(_list_):
            if not isinstance(list__item, dict):
                raise ResponseValidationError.unexpected("VrPage", "list" + f"[{list__index}]", "an object", list__item)
            try:
                list__parsed = VrSummary.from_dict(list__item)
            except ResponseValidationError as error:
                raise error.inside("VrPage", "list" + f"[{list__index}]") from None

            list__items.append(list__parsed)
        list_ = list__items

        _total = d.pop("total", UNSET)
        if not isinstance(_total, int) or isinstance(_total, bool):
            raise ResponseValidationError.unexpected("VrPage", "total", "an integer", _total)
        total = _total

        _page_size = d.pop("page_size", UNSET)
        if not isinstance(_page_size, int) or isinstance(_page_size, bool):
            raise ResponseValidationError.unexpected("VrPage", "page_size", "an integer", _page_size)
        page_size = _page_size

        _current_page = d.pop("current_page", UNSET)
        if not isinstance(_current_page, int) or isinstance(_current_page, bool):
            raise ResponseValidationError.unexpected("VrPage", "current_page", "an integer", _current_page)
        current_page = _current_page

        _parsed = cls(
            list_=list_,
            total=total,
            page_size=page_size,
            current_page=current_page,
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
from ..models.vr_summary import VrSummary
