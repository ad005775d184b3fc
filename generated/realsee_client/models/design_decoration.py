from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_model import DesignModel


T = TypeVar("T", bound="DesignDecoration")


@_attrs_define
class DesignDecoration:
    """The models placed in the design.

    Attributes:
        components (list[DesignModel] | Unset): Custom models.
        models (list[DesignModel] | Unset): Catalogue models.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    components: list[DesignModel] | Unset = UNSET
    models: list[DesignModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("DesignDecoration", "", "an object", src_dict)
        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[DesignModel] | Unset = UNSET
        if _components is not UNSET:
            if not isinstance(_components, list):
                raise ResponseValidationError.unexpected("DesignDecoration", "components", "a list", _components)
            components_items: list[DesignModel] = []
            for components_index, components_item in enumerate(_components):
                if not isinstance(components_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignDecoration", "components" + f"[{components_index}]", "an object", components_item
                    )
                try:
                    components_parsed = DesignModel.from_dict(components_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignDecoration", "components" + f"[{components_index}]") from None

                components_items.append(components_parsed)
            components = components_items

        _models = d.pop("models", UNSET)
        models: list[DesignModel] | Unset = UNSET
        if _models is not UNSET:
            if not isinstance(_models, list):
                raise ResponseValidationError.unexpected("DesignDecoration", "models", "a list", _models)
            models_items: list[DesignModel] = []
            for models_index, models_item in enumerate(_models):
                if not isinstance(models_item, dict):
                    raise ResponseValidationError.unexpected(
                        "DesignDecoration", "models" + f"[{models_index}]", "an object", models_item
                    )
                try:
                    models_parsed = DesignModel.from_dict(models_item)
                except ResponseValidationError as error:
                    raise error.inside("DesignDecoration", "models" + f"[{models_index}]") from None

                models_items.append(models_parsed)
            models = models_items

        _parsed = cls(
            components=components,
            models=models,
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
from ..models.design_model import DesignModel
