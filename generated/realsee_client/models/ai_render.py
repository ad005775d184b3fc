from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError

from ..models.render_status import RenderStatus
from ..types import UNSET

T = TypeVar("T", bound="AiRender")


@_attrs_define
class AiRender:
    """An AI render. The fields the callback's table marks required are required.

    Attributes:
        source (str): The business the render belongs to (`REALSEE`).
        basic_render_code (str): The render's code; `81` + this code is the work's `vr_code`.
        outer_edge_group_id (str): The layout group rendered.
        style_id (int): The design style's id.
        style_name (str): The design style's name.
        status (RenderStatus): A work's render state: `RENDER_ING` (rendering, from submission), `RENDER_PART_DONE` (the
            first observation point is rendered), `RENDER_DONE` (done) or `RENDER_FAIL` (failed).
        url (str): The render's preview link on Realsee's own service, once `RENDER_DONE`.
        cover_url (str): The cover thumbnail, once `RENDER_DONE`.
        create_time (str): When the render was created.
        update_time (str): When the render last changed.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    source: str
    basic_render_code: str
    outer_edge_group_id: str
    style_id: int
    style_name: str
    status: RenderStatus
    url: str
    cover_url: str
    create_time: str
    update_time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        basic_render_code = self.basic_render_code

        outer_edge_group_id = self.outer_edge_group_id

        style_id = self.style_id

        style_name = self.style_name

        status = self.status.value

        url = self.url

        cover_url = self.cover_url

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "basic_render_code": basic_render_code,
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "style_name": style_name,
                "status": status,
                "url": url,
                "cover_url": cover_url,
                "create_time": create_time,
                "update_time": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("AiRender", "", "an object", src_dict)
        d = dict(src_dict)
        _source = d.pop("source", UNSET)
        if not isinstance(_source, str):
            raise ResponseValidationError.unexpected("AiRender", "source", "a string", _source)
        source = _source

        _basic_render_code = d.pop("basic_render_code", UNSET)
        if not isinstance(_basic_render_code, str):
            raise ResponseValidationError.unexpected("AiRender", "basic_render_code", "a string", _basic_render_code)
        basic_render_code = _basic_render_code

        _outer_edge_group_id = d.pop("outer_edge_group_id", UNSET)
        if not isinstance(_outer_edge_group_id, str):
            raise ResponseValidationError.unexpected(
                "AiRender", "outer_edge_group_id", "a string", _outer_edge_group_id
            )
        outer_edge_group_id = _outer_edge_group_id

        _style_id = d.pop("style_id", UNSET)
        if not isinstance(_style_id, int) or isinstance(_style_id, bool):
            raise ResponseValidationError.unexpected("AiRender", "style_id", "an integer", _style_id)
        style_id = _style_id

        _style_name = d.pop("style_name", UNSET)
        if not isinstance(_style_name, str):
            raise ResponseValidationError.unexpected("AiRender", "style_name", "a string", _style_name)
        style_name = _style_name

        _status = d.pop("status", UNSET)
        status = parse_enum(RenderStatus, _status, "AiRender", "status")

        _url = d.pop("url", UNSET)
        if not isinstance(_url, str):
            raise ResponseValidationError.unexpected("AiRender", "url", "a string", _url)
        url = _url

        _cover_url = d.pop("cover_url", UNSET)
        if not isinstance(_cover_url, str):
            raise ResponseValidationError.unexpected("AiRender", "cover_url", "a string", _cover_url)
        cover_url = _cover_url

        _create_time = d.pop("create_time", UNSET)
        if not isinstance(_create_time, str):
            raise ResponseValidationError.unexpected("AiRender", "create_time", "a string", _create_time)
        create_time = _create_time

        _update_time = d.pop("update_time", UNSET)
        if not isinstance(_update_time, str):
            raise ResponseValidationError.unexpected("AiRender", "update_time", "a string", _update_time)
        update_time = _update_time

        _parsed = cls(
            source=source,
            basic_render_code=basic_render_code,
            outer_edge_group_id=outer_edge_group_id,
            style_id=style_id,
            style_name=style_name,
            status=status,
            url=url,
            cover_url=cover_url,
            create_time=create_time,
            update_time=update_time,
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
