from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_backdrop import CustomBackdrop


T = TypeVar("T", bound="CustomBackdropFilter")


@_attrs_define
class CustomBackdropFilter:
    """The filter applied to the view.

    Attributes:
        backdrop (CustomBackdrop | Unset): The filter's parameters.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    backdrop: CustomBackdrop | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backdrop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backdrop, Unset):
            backdrop = self.backdrop.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backdrop is not UNSET:
            field_dict["backdrop"] = backdrop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("CustomBackdropFilter", "", "an object", src_dict)
        d = dict(src_dict)
        _backdrop = d.pop("backdrop", UNSET)
        backdrop: CustomBackdrop | Unset = UNSET
        if _backdrop is not UNSET:
            if not isinstance(_backdrop, dict):
                raise ResponseValidationError.unexpected("CustomBackdropFilter", "backdrop", "an object", _backdrop)
            try:
                backdrop = CustomBackdrop.from_dict(_backdrop)
            except ResponseValidationError as error:
                raise error.inside("CustomBackdropFilter", "backdrop") from None

        _parsed = cls(
            backdrop=backdrop,
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
from ..models.custom_backdrop import CustomBackdrop
