from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitAiRenderRequest")


@_attrs_define
class SubmitAiRenderRequest:
    """
    Attributes:
        outer_edge_group_id (str): The layout group to render, from `search_floor_plans`.
        style_id (str): The design style, a `style_id` of `list_ai_render_styles` written as a string (the vendor lists
            only `"3"`).
        callback_id (str): Your id of this render, sent back in the callback.
        callback_context (str | Unset): Your context for this render, sent back in the callback.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    outer_edge_group_id: str
    style_id: str
    callback_id: str
    callback_context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outer_edge_group_id = self.outer_edge_group_id

        style_id = self.style_id

        callback_id = self.callback_id

        callback_context = self.callback_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "callback_id": callback_id,
            }
        )
        if callback_context is not UNSET:
            field_dict["callback_context"] = callback_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SubmitAiRenderRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _outer_edge_group_id = d.pop("outer_edge_group_id", UNSET)
        if not isinstance(_outer_edge_group_id, str):
            raise ResponseValidationError.unexpected(
                "SubmitAiRenderRequest", "outer_edge_group_id", "a string", _outer_edge_group_id
            )
        outer_edge_group_id = _outer_edge_group_id

        _style_id = d.pop("style_id", UNSET)
        if not isinstance(_style_id, str):
            raise ResponseValidationError.unexpected("SubmitAiRenderRequest", "style_id", "a string", _style_id)
        style_id = _style_id

        _callback_id = d.pop("callback_id", UNSET)
        if not isinstance(_callback_id, str):
            raise ResponseValidationError.unexpected("SubmitAiRenderRequest", "callback_id", "a string", _callback_id)
        callback_id = _callback_id

        _callback_context = d.pop("callback_context", UNSET)
        callback_context: str | Unset = UNSET
        if _callback_context is not UNSET:
            if not isinstance(_callback_context, str):
                raise ResponseValidationError.unexpected(
                    "SubmitAiRenderRequest", "callback_context", "a string", _callback_context
                )
            callback_context = _callback_context

        _parsed = cls(
            outer_edge_group_id=outer_edge_group_id,
            style_id=style_id,
            callback_id=callback_id,
            callback_context=callback_context,
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
