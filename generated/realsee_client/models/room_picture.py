from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.room_picture_capture import RoomPictureCapture


T = TypeVar("T", bound="RoomPicture")


@_attrs_define
class RoomPicture:
    """The picture of one room.

    Attributes:
        capture_data (RoomPictureCapture): How a room picture was taken. Angles are numbers (see `ViewerView`).
        cell_name (str): The room's name.
        url (str): The picture's address.
        checksum (str): The picture's checksum.
        height (int): The picture's height in pixels.
        width (int): The picture's width in pixels.
        cell_name_type (int | Unset): The kind of room name.
        cell_type (int | Unset): The kind of room.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    capture_data: RoomPictureCapture
    cell_name: str
    url: str
    checksum: str
    height: int
    width: int
    cell_name_type: int | Unset = UNSET
    cell_type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_data = self.capture_data.to_dict()

        cell_name = self.cell_name

        url = self.url

        checksum = self.checksum

        height = self.height

        width = self.width

        cell_name_type = self.cell_name_type

        cell_type = self.cell_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capture_data": capture_data,
                "cell_name": cell_name,
                "url": url,
                "checksum": checksum,
                "height": height,
                "width": width,
            }
        )
        if cell_name_type is not UNSET:
            field_dict["cell_name_type"] = cell_name_type
        if cell_type is not UNSET:
            field_dict["cell_type"] = cell_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RoomPicture", "", "an object", src_dict)
        d = dict(src_dict)
        _capture_data = d.pop("capture_data", UNSET)
        if not isinstance(_capture_data, dict):
            raise ResponseValidationError.unexpected("RoomPicture", "capture_data", "an object", _capture_data)
        try:
            capture_data = RoomPictureCapture.from_dict(_capture_data)
        except ResponseValidationError as error:
            raise error.inside("RoomPicture", "capture_data") from None

        _cell_name = d.pop("cell_name", UNSET)
        if not isinstance(_cell_name, str):
            raise ResponseValidationError.unexpected("RoomPicture", "cell_name", "a string", _cell_name)
        cell_name = _cell_name

        _url = d.pop("url", UNSET)
        if not isinstance(_url, str):
            raise ResponseValidationError.unexpected("RoomPicture", "url", "a string", _url)
        url = _url

        _checksum = d.pop("checksum", UNSET)
        if not isinstance(_checksum, str):
            raise ResponseValidationError.unexpected("RoomPicture", "checksum", "a string", _checksum)
        checksum = _checksum

        _height = d.pop("height", UNSET)
        if not isinstance(_height, int) or isinstance(_height, bool):
            raise ResponseValidationError.unexpected("RoomPicture", "height", "an integer", _height)
        height = _height

        _width = d.pop("width", UNSET)
        if not isinstance(_width, int) or isinstance(_width, bool):
            raise ResponseValidationError.unexpected("RoomPicture", "width", "an integer", _width)
        width = _width

        _cell_name_type = d.pop("cell_name_type", UNSET)
        cell_name_type: int | Unset = UNSET
        if _cell_name_type is not UNSET:
            if not isinstance(_cell_name_type, int) or isinstance(_cell_name_type, bool):
                raise ResponseValidationError.unexpected("RoomPicture", "cell_name_type", "an integer", _cell_name_type)
            cell_name_type = _cell_name_type

        _cell_type = d.pop("cell_type", UNSET)
        cell_type: int | Unset = UNSET
        if _cell_type is not UNSET:
            if not isinstance(_cell_type, int) or isinstance(_cell_type, bool):
                raise ResponseValidationError.unexpected("RoomPicture", "cell_type", "an integer", _cell_type)
            cell_type = _cell_type

        _parsed = cls(
            capture_data=capture_data,
            cell_name=cell_name,
            url=url,
            checksum=checksum,
            height=height,
            width=width,
            cell_name_type=cell_name_type,
            cell_type=cell_type,
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
from ..models.room_picture_capture import RoomPictureCapture
