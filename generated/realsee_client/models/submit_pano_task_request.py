from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from vrlive_core.errors import RequestValidationError, ResponseValidationError

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitPanoTaskRequest")


@_attrs_define
class SubmitPanoTaskRequest:
    """Give exactly one of `private_cos_key` and `zip_cos_url`. (In JSON Schema terms: no other keys,
    at least two keys, and not both package keys; `x-exactly-one-of` states it for the generator,
    which checks it before anything is sent.)

    Attributes:
        project_name (str): Name of the project to create.
        zip_cos_url (str | Unset): HTTP download URL of the ZIP (presigned URLs work); when `download_host` is set.
        private_cos_key (str | Unset): Object key of the ZIP in the private bucket (= `prefix` + file name); when
            `download_host` is empty.
    """

    project_name: str
    zip_cos_url: str | Unset = UNSET
    private_cos_key: str | Unset = UNSET

    def __attrs_post_init__(self) -> None:
        """Check, before anything is sent, that exactly one of private_cos_key, zip_cos_url is given."""
        given = [
            name
            for name, value in (
                ("private_cos_key", self.private_cos_key),
                ("zip_cos_url", self.zip_cos_url),
            )
            if not isinstance(value, Unset)
        ]
        if len(given) != 1:
            problem = "give exactly one of them, " + ("got " + " and ".join(given) if given else "none was given")
            raise RequestValidationError("SubmitPanoTaskRequest", ["private_cos_key", "zip_cos_url"], problem)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        zip_cos_url = self.zip_cos_url

        private_cos_key = self.private_cos_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_name": project_name,
            }
        )
        if zip_cos_url is not UNSET:
            field_dict["zip_cos_url"] = zip_cos_url
        if private_cos_key is not UNSET:
            field_dict["private_cos_key"] = private_cos_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("SubmitPanoTaskRequest", "", "an object", src_dict)
        d = dict(src_dict)
        _project_name = d.pop("project_name", UNSET)
        if not isinstance(_project_name, str):
            raise ResponseValidationError.unexpected("SubmitPanoTaskRequest", "project_name", "a string", _project_name)
        project_name = _project_name

        _zip_cos_url = d.pop("zip_cos_url", UNSET)
        zip_cos_url: str | Unset = UNSET
        if _zip_cos_url is not UNSET:
            if not isinstance(_zip_cos_url, str):
                raise ResponseValidationError.unexpected(
                    "SubmitPanoTaskRequest", "zip_cos_url", "a string", _zip_cos_url
                )
            zip_cos_url = _zip_cos_url

        _private_cos_key = d.pop("private_cos_key", UNSET)
        private_cos_key: str | Unset = UNSET
        if _private_cos_key is not UNSET:
            if not isinstance(_private_cos_key, str):
                raise ResponseValidationError.unexpected(
                    "SubmitPanoTaskRequest", "private_cos_key", "a string", _private_cos_key
                )
            private_cos_key = _private_cos_key

        _parsed = cls(
            project_name=project_name,
            zip_cos_url=zip_cos_url,
            private_cos_key=private_cos_key,
        )

        return _parsed
