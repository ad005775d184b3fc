from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.errors import ResponseValidationError

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_size import ImageSize


T = TypeVar("T", bound="RoomPictureCapture")


@_attrs_define
class RoomPictureCapture:
    """How a room picture was taken. Angles are numbers (see `ViewerView`).

    Attributes:
        derived_id (int | Unset): The panorama's global index, from a timestamp.
        filter_ (int | Unset): The filter used.
        fov (float | Unset): Field of view.
        from_fe (bool | Unset): Whether the picture was taken in the browser.
        latitude (float | Unset): Vertical angle.
        longitude (float | Unset): Horizontal angle.
        original_image_checksum (str | Unset): Checksum of the original image.
        original_image_url (str | Unset): Address of the original image.
        pano_index (int | Unset): The panorama's index.
        sizes (list[ImageSize] | Unset): The sizes the picture exists in.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    derived_id: int | Unset = UNSET
    filter_: int | Unset = UNSET
    fov: float | Unset = UNSET
    from_fe: bool | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    original_image_checksum: str | Unset = UNSET
    original_image_url: str | Unset = UNSET
    pano_index: int | Unset = UNSET
    sizes: list[ImageSize] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        derived_id = self.derived_id

        filter_ = self.filter_

        fov = self.fov

        from_fe = self.from_fe

        latitude = self.latitude

        longitude = self.longitude

        original_image_checksum = self.original_image_checksum

        original_image_url = self.original_image_url

        pano_index = self.pano_index

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if derived_id is not UNSET:
            field_dict["derived_id"] = derived_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if fov is not UNSET:
            field_dict["fov"] = fov
        if from_fe is not UNSET:
            field_dict["fromFE"] = from_fe
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if original_image_checksum is not UNSET:
            field_dict["original_image_checksum"] = original_image_checksum
        if original_image_url is not UNSET:
            field_dict["original_image_url"] = original_image_url
        if pano_index is not UNSET:
            field_dict["pano_index"] = pano_index
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("RoomPictureCapture", "", "an object", src_dict)
        d = dict(src_dict)
        _derived_id = d.pop("derived_id", UNSET)
        derived_id: int | Unset = UNSET
        if _derived_id is not UNSET:
            if not isinstance(_derived_id, int) or isinstance(_derived_id, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "derived_id", "an integer", _derived_id)
            derived_id = _derived_id

        _filter_ = d.pop("filter", UNSET)
        filter_: int | Unset = UNSET
        if _filter_ is not UNSET:
            if not isinstance(_filter_, int) or isinstance(_filter_, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "filter", "an integer", _filter_)
            filter_ = _filter_

        _fov = d.pop("fov", UNSET)
        fov: float | Unset = UNSET
        if _fov is not UNSET:
            if not isinstance(_fov, (int, float)) or isinstance(_fov, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "fov", "a number", _fov)
            fov = _fov

        _from_fe = d.pop("fromFE", UNSET)
        from_fe: bool | Unset = UNSET
        if _from_fe is not UNSET:
            if not isinstance(_from_fe, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "fromFE", "a boolean", _from_fe)
            from_fe = _from_fe

        _latitude = d.pop("latitude", UNSET)
        latitude: float | Unset = UNSET
        if _latitude is not UNSET:
            if not isinstance(_latitude, (int, float)) or isinstance(_latitude, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "latitude", "a number", _latitude)
            latitude = _latitude

        _longitude = d.pop("longitude", UNSET)
        longitude: float | Unset = UNSET
        if _longitude is not UNSET:
            if not isinstance(_longitude, (int, float)) or isinstance(_longitude, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "longitude", "a number", _longitude)
            longitude = _longitude

        _original_image_checksum = d.pop("original_image_checksum", UNSET)
        original_image_checksum: str | Unset = UNSET
        if _original_image_checksum is not UNSET:
            if not isinstance(_original_image_checksum, str):
                raise ResponseValidationError.unexpected(
                    "RoomPictureCapture", "original_image_checksum", "a string", _original_image_checksum
                )
            original_image_checksum = _original_image_checksum

        _original_image_url = d.pop("original_image_url", UNSET)
        original_image_url: str | Unset = UNSET
        if _original_image_url is not UNSET:
            if not isinstance(_original_image_url, str):
                raise ResponseValidationError.unexpected(
                    "RoomPictureCapture", "original_image_url", "a string", _original_image_url
                )
            original_image_url = _original_image_url

        _pano_index = d.pop("pano_index", UNSET)
        pano_index: int | Unset = UNSET
        if _pano_index is not UNSET:
            if not isinstance(_pano_index, int) or isinstance(_pano_index, bool):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "pano_index", "an integer", _pano_index)
            pano_index = _pano_index

        _sizes = d.pop("sizes", UNSET)
        sizes: list[ImageSize] | Unset = UNSET
        if _sizes is not UNSET:
            if not isinstance(_sizes, list):
                raise ResponseValidationError.unexpected("RoomPictureCapture", "sizes", "a list", _sizes)
            sizes_items: list[ImageSize] = []
            for sizes_index, sizes_item in enumerate(_sizes):
                if not isinstance(sizes_item, dict):
                    raise ResponseValidationError.unexpected(
                        "RoomPictureCapture", "sizes" + f"[{sizes_index}]", "an object", sizes_item
                    )
                try:
                    sizes_parsed = ImageSize.from_dict(sizes_item)
                except ResponseValidationError as error:
                    raise error.inside("RoomPictureCapture", "sizes" + f"[{sizes_index}]") from None

                sizes_items.append(sizes_parsed)
            sizes = sizes_items

        _parsed = cls(
            derived_id=derived_id,
            filter_=filter_,
            fov=fov,
            from_fe=from_fe,
            latitude=latitude,
            longitude=longitude,
            original_image_checksum=original_image_checksum,
            original_image_url=original_image_url,
            pano_index=pano_index,
            sizes=sizes,
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
from ..models.image_size import ImageSize
