from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.production_project import ProductionProject


T = TypeVar("T", bound="ProductionProjectPage")


@_attrs_define
class ProductionProjectPage:
    """One page of production projects.

    Attributes:
        total (int | Unset): How many projects match in all.
        current_page (int | Unset): This page's number.
        page_size (int | Unset): The page size used.
        next_start_id (int | Unset): The `start_id` of the next page, when there is one.
        project_list (list[ProductionProject] | Unset): The projects of this page.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    total: int | Unset = UNSET
    current_page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    next_start_id: int | Unset = UNSET
    project_list: list[ProductionProject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        current_page = self.current_page

        page_size = self.page_size

        next_start_id = self.next_start_id

        project_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_list, Unset):
            project_list = []
            for project_list_item_data in self.project_list:
                project_list_item = project_list_item_data.to_dict()
                project_list.append(project_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if next_start_id is not UNSET:
            field_dict["next_start_id"] = next_start_id
        if project_list is not UNSET:
            field_dict["project_list"] = project_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("ProductionProjectPage", "", "an object", src_dict)
        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: int | Unset = UNSET
        if _total is not UNSET:
            if not isinstance(_total, int) or isinstance(_total, bool):
                raise ResponseValidationError.unexpected("ProductionProjectPage", "total", "an integer", _total)
            total = _total

        _current_page = d.pop("current_page", UNSET)
        current_page: int | Unset = UNSET
        if _current_page is not UNSET:
            if not isinstance(_current_page, int) or isinstance(_current_page, bool):
                raise ResponseValidationError.unexpected(
                    "ProductionProjectPage", "current_page", "an integer", _current_page
                )
            current_page = _current_page

        _page_size = d.pop("page_size", UNSET)
        page_size: int | Unset = UNSET
        if _page_size is not UNSET:
            if not isinstance(_page_size, int) or isinstance(_page_size, bool):
                raise ResponseValidationError.unexpected("ProductionProjectPage", "page_size", "an integer", _page_size)
            page_size = _page_size

        _next_start_id = d.pop("next_start_id", UNSET)
        next_start_id: int | Unset = UNSET
        if _next_start_id is not UNSET:
            if not isinstance(_next_start_id, int) or isinstance(_next_start_id, bool):
                raise ResponseValidationError.unexpected(
                    "ProductionProjectPage", "next_start_id", "an integer", _next_start_id
                )
            next_start_id = _next_start_id

        _project_list = d.pop("project_list", UNSET)
        project_list: list[ProductionProject] | Unset = UNSET
        if _project_list is not UNSET:
            if not isinstance(_project_list, list):
                raise ResponseValidationError.unexpected(
                    "ProductionProjectPage", "project_list", "a list", _project_list
                )
            project_list_items: list[ProductionProject] = []
            for project_list_index, project_list_item in enumerate(_project_list):
                if not isinstance(project_list_item, dict):
                    raise ResponseValidationError.unexpected(
                        "ProductionProjectPage",
                        "project_list" + f"[{project_list_index}]",
                        "an object",
                        project_list_item,
                    )
                try:
                    project_list_parsed = ProductionProject.from_dict(project_list_item)
                except ResponseValidationError as error:
                    raise error.inside("ProductionProjectPage", "project_list" + f"[{project_list_index}]") from None

                project_list_items.append(project_list_parsed)
            project_list = project_list_items

        _parsed = cls(
            total=total,
            current_page=current_page,
            page_size=page_size,
            next_start_id=next_start_id,
            project_list=project_list,
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
from ..models.production_project import ProductionProject
