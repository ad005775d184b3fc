from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_role_config import LiveRoleConfig


T = TypeVar("T", bound="LiveRole")


@_attrs_define
class LiveRole:
    """One role's permissions and limits.

    Attributes:
        config (LiveRoleConfig | Unset): What a user with this role may do.
        description (str | Unset): What the role is for.
        extension (Any | Unset): Documented only as `null`.
        full_rule (int | Unset): What happens when the role is full.
        full_text (str | Unset): Text shown when the role is full.
        id (str | Unset): The role's id.
        max_cnt (int | Unset): Most users with this role in one room.
        name (str | Unset): The role's name.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    config: LiveRoleConfig | Unset = UNSET
    description: str | Unset = UNSET
    extension: Any | Unset = UNSET
    full_rule: int | Unset = UNSET
    full_text: str | Unset = UNSET
    id: str | Unset = UNSET
    max_cnt: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        description = self.description

        extension = self.extension

        full_rule = self.full_rule

        full_text = self.full_text

        id = self.id

        max_cnt = self.max_cnt

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if description is not UNSET:
            field_dict["description"] = description
        if extension is not UNSET:
            field_dict["extension"] = extension
        if full_rule is not UNSET:
            field_dict["full_rule"] = full_rule
        if full_text is not UNSET:
            field_dict["full_text"] = full_text
        if id is not UNSET:
            field_dict["id"] = id
        if max_cnt is not UNSET:
            field_dict["max_cnt"] = max_cnt
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("LiveRole", "", "an object", src_dict)
        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: LiveRoleConfig | Unset = UNSET
        if _config is not UNSET:
            if not isinstance(_config, dict):
                raise ResponseValidationError.unexpected("LiveRole", "config", "an object", _config)
            try:
                config = LiveRoleConfig.from_dict(_config)
            except ResponseValidationError as error:
                raise error.inside("LiveRole", "config") from None

        _description = d.pop("description", UNSET)
        description: str | Unset = UNSET
        if _description is not UNSET:
            if not isinstance(_description, str):
                raise ResponseValidationError.unexpected("LiveRole", "description", "a string", _description)
            description = _description

        _extension = d.pop("extension", UNSET)
        extension: Any | Unset = UNSET
        if _extension is not UNSET:
            extension = _extension

        _full_rule = d.pop("full_rule", UNSET)
        full_rule: int | Unset = UNSET
        if _full_rule is not UNSET:
            if not isinstance(_full_rule, int) or isinstance(_full_rule, bool):
                raise ResponseValidationError.unexpected("LiveRole", "full_rule", "an integer", _full_rule)
            full_rule = _full_rule

        _full_text = d.pop("full_text", UNSET)
        full_text: str | Unset = UNSET
        if _full_text is not UNSET:
            if not isinstance(_full_text, str):
                raise ResponseValidationError.unexpected("LiveRole", "full_text", "a string", _full_text)
            full_text = _full_text

        _id = d.pop("id", UNSET)
        id: str | Unset = UNSET
        if _id is not UNSET:
            if not isinstance(_id, str):
                raise ResponseValidationError.unexpected("LiveRole", "id", "a string", _id)
            id = _id

        _max_cnt = d.pop("max_cnt", UNSET)
        max_cnt: int | Unset = UNSET
        if _max_cnt is not UNSET:
            if not isinstance(_max_cnt, int) or isinstance(_max_cnt, bool):
                raise ResponseValidationError.unexpected("LiveRole", "max_cnt", "an integer", _max_cnt)
            max_cnt = _max_cnt

        _name = d.pop("name", UNSET)
        name: str | Unset = UNSET
        if _name is not UNSET:
            if not isinstance(_name, str):
                raise ResponseValidationError.unexpected("LiveRole", "name", "a string", _name)
            name = _name

        _parsed = cls(
            config=config,
            description=description,
            extension=extension,
            full_rule=full_rule,
            full_text=full_text,
            id=id,
            max_cnt=max_cnt,
            name=name,
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
from ..models.live_role_config import LiveRoleConfig
