from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_card_item import CustomCardItem


T = TypeVar("T", bound="CustomCard")


@_attrs_define
class CustomCard:
    """The contact card of a copy of a work.

    Attributes:
        agent_name (str | Unset): The contact's name.
        agent_title (str | Unset): The contact's introduction.
        agent_virtual_phone (str | Unset): The contact's phone number.
        agent_avatar (str | Unset): The contact's picture.
        mappings (list[CustomCardItem] | Unset): Information items.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    agent_name: str | Unset = UNSET
    agent_title: str | Unset = UNSET
    agent_virtual_phone: str | Unset = UNSET
    agent_avatar: str | Unset = UNSET
    mappings: list[CustomCardItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name = self.agent_name

        agent_title = self.agent_title

        agent_virtual_phone = self.agent_virtual_phone

        agent_avatar = self.agent_avatar

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if agent_title is not UNSET:
            field_dict["agent_title"] = agent_title
        if agent_virtual_phone is not UNSET:
            field_dict["agent_virtual_phone"] = agent_virtual_phone
        if agent_avatar is not UNSET:
            field_dict["agent_avatar"] = agent_avatar
        if mappings is not UNSET:
            field_dict["mappings"] = mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomCard", "", "an object", src_dict)
        d = dict(src_dict)
        _agent_name = d.pop("agent_name", UNSET)
        agent_name: str | Unset = UNSET
        if _agent_name is not UNSET:
            if not isinstance(_agent_name, str):
                raise ResponseValidationError.unexpected("CustomCard", "agent_name", "a string", _agent_name)
            agent_name = _agent_name

        _agent_title = d.pop("agent_title", UNSET)
        agent_title: str | Unset = UNSET
        if _agent_title is not UNSET:
            if not isinstance(_agent_title, str):
                raise ResponseValidationError.unexpected("CustomCard", "agent_title", "a string", _agent_title)
            agent_title = _agent_title

        _agent_virtual_phone = d.pop("agent_virtual_phone", UNSET)
        agent_virtual_phone: str | Unset = UNSET
        if _agent_virtual_phone is not UNSET:
            if not isinstance(_agent_virtual_phone, str):
                raise ResponseValidationError.unexpected(
                    "CustomCard", "agent_virtual_phone", "a string", _agent_virtual_phone
                )
            agent_virtual_phone = _agent_virtual_phone

        _agent_avatar = d.pop("agent_avatar", UNSET)
        agent_avatar: str | Unset = UNSET
        if _agent_avatar is not UNSET:
            if not isinstance(_agent_avatar, str):
                raise ResponseValidationError.unexpected("CustomCard", "agent_avatar", "a string", _agent_avatar)
            agent_avatar = _agent_avatar

        _mappings = d.pop("mappings", UNSET)
        mappings: list[CustomCardItem] | Unset = UNSET
        if _mappings is not UNSET:
            if not isinstance(_mappings, list):
                raise ResponseValidationError.unexpected("CustomCard", "mappings", "a list", _mappings)
            mappings_items: list[CustomCardItem] = []
            for mappings_index, mappings_item in enumerate(_mappings):
                if not isinstance(mappings_item, dict):
                    raise ResponseValidationError.unexpected(
                        "CustomCard", "mappings" + f"[{mappings_index}]", "an object", mappings_item
                    )
                try:
                    mappings_parsed = CustomCardItem.from_dict(mappings_item)
                except ResponseValidationError as error:
                    raise error.inside("CustomCard", "mappings" + f"[{mappings_index}]") from None

                mappings_items.append(mappings_parsed)
            mappings = mappings_items

        _parsed = cls(
            agent_name=agent_name,
            agent_title=agent_title,
            agent_virtual_phone=agent_virtual_phone,
            agent_avatar=agent_avatar,
            mappings=mappings,
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
from ..models.custom_card_item import CustomCardItem
