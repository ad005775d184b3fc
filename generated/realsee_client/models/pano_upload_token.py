from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from vrlive_core.enums import parse_enum
from vrlive_core.errors import ResponseValidationError
from vrlive_core.secrets import register_secret

from ..models.pano_download_type import PanoDownloadType
from ..models.pano_is_accelerate import PanoIsAccelerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="PanoUploadToken")


@_attrs_define
class PanoUploadToken:
    """Temporary S3-protocol credentials and where to upload.

    Attributes:
        tmp_secret_id (str): Temporary access key id.
        tmp_secret_key (str): Temporary secret access key.
        session_token (str): Temporary session token.
        ttl (int): Seconds until the credentials expire (usually 3600); not a timestamp.
        expire (int): Seconds until the credentials expire, like `ttl`; not a timestamp.
        prefix (str): Key prefix; the upload key is `prefix` + file name.
        app_id (str): The storage account id.
        bucket (str): The bucket to upload to.
        region (str): The bucket's region.
        host (str): Upload endpoint, with scheme.
        is_accelerate (PanoIsAccelerate): Whether S3 transfer acceleration is on, as the strings `"1"` (on) and `"0"`
            (off).
        custom_domain (str): Upload domain (with `custom_scheme`, the endpoint to use).
        custom_scheme (str): Scheme of `custom_domain`.
        download_type (PanoDownloadType): `presign`: private bucket, download through presigned URLs; `direct`: public
            bucket.
        download_host (str): Download host; empty for a private bucket (submit with `private_cos_key`).
        backup (Any | Unset): Backup storage settings; usually `null`.
        force_path_style (bool | Unset): Sometimes present; whether path-style addressing must be used.
        additional_properties (dict[str, Any]): Properties the spec does not declare, as
            received (also ``model[key]``).
    """

    tmp_secret_id: str = _attrs_field(repr=False)
    tmp_secret_key: str = _attrs_field(repr=False)
    session_token: str = _attrs_field(repr=False)
    ttl: int
    expire: int
    prefix: str
    app_id: str
    bucket: str
    region: str
    host: str
    is_accelerate: PanoIsAccelerate
    custom_domain: str
    custom_scheme: str
    download_type: PanoDownloadType
    download_host: str
    backup: Any | Unset = UNSET
    force_path_style: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tmp_secret_id = self.tmp_secret_id

        tmp_secret_key = self.tmp_secret_key

        session_token = self.session_token

        ttl = self.ttl

        expire = self.expire

        prefix = self.prefix

        app_id = self.app_id

        bucket = self.bucket

        region = self.region

        host = self.host

        is_accelerate = self.is_accelerate.value

        custom_domain = self.custom_domain

        custom_scheme = self.custom_scheme

        download_type = self.download_type.value

        download_host = self.download_host

        backup = self.backup

        force_path_style = self.force_path_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tmpSecretId": tmp_secret_id,
                "tmpSecretKey": tmp_secret_key,
                "sessionToken": session_token,
                "ttl": ttl,
                "expire": expire,
                "prefix": prefix,
                "app_id": app_id,
                "bucket": bucket,
                "region": region,
                "host": host,
                "is_accelerate": is_accelerate,
                "custom_domain": custom_domain,
                "custom_scheme": custom_scheme,
                "download_type": download_type,
                "download_host": download_host,
            }
        )
        if backup is not UNSET:
            field_dict["backup"] = backup
        if force_path_style is not UNSET:
            field_dict["force_path_style"] = force_path_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse a decoded JSON object; raise ResponseValidationError naming the field that does not fit."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ResponseValidationError.unexpected("PanoUploadToken", "", "an object", src_dict)
        d = dict(src_dict)
        _tmp_secret_id = d.pop("tmpSecretId", UNSET)
        if not isinstance(_tmp_secret_id, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "tmpSecretId", "a string", _tmp_secret_id)
        tmp_secret_id = _tmp_secret_id

        if isinstance(tmp_secret_id, str):
            register_secret(tmp_secret_id)

        _tmp_secret_key = d.pop("tmpSecretKey", UNSET)
        if not isinstance(_tmp_secret_key, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "tmpSecretKey", "a string", _tmp_secret_key)
        tmp_secret_key = _tmp_secret_key

        if isinstance(tmp_secret_key, str):
            register_secret(tmp_secret_key)

        _session_token = d.pop("sessionToken", UNSET)
        if not isinstance(_session_token, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "sessionToken", "a string", _session_token)
        session_token = _session_token

        if isinstance(session_token, str):
            register_secret(session_token)

        _ttl = d.pop("ttl", UNSET)
        if not isinstance(_ttl, int) or isinstance(_ttl, bool):
            raise ResponseValidationError.unexpected("PanoUploadToken", "ttl", "an integer", _ttl)
        ttl = _ttl

        _expire = d.pop("expire", UNSET)
        if not isinstance(_expire, int) or isinstance(_expire, bool):
            raise ResponseValidationError.unexpected("PanoUploadToken", "expire", "an integer", _expire)
        expire = _expire

        _prefix = d.pop("prefix", UNSET)
        if not isinstance(_prefix, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "prefix", "a string", _prefix)
        prefix = _prefix

        _app_id = d.pop("app_id", UNSET)
        if not isinstance(_app_id, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "app_id", "a string", _app_id)
        app_id = _app_id

        _bucket = d.pop("bucket", UNSET)
        if not isinstance(_bucket, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "bucket", "a string", _bucket)
        bucket = _bucket

        _region = d.pop("region", UNSET)
        if not isinstance(_region, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "region", "a string", _region)
        region = _region

        _host = d.pop("host", UNSET)
        if not isinstance(_host, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "host", "a string", _host)
        host = _host

        _is_accelerate = d.pop("is_accelerate", UNSET)
        is_accelerate = parse_enum(PanoIsAccelerate, _is_accelerate, "PanoUploadToken", "is_accelerate")

        _custom_domain = d.pop("custom_domain", UNSET)
        if not isinstance(_custom_domain, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "custom_domain", "a string", _custom_domain)
        custom_domain = _custom_domain

        _custom_scheme = d.pop("custom_scheme", UNSET)
        if not isinstance(_custom_scheme, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "custom_scheme", "a string", _custom_scheme)
        custom_scheme = _custom_scheme

        _download_type = d.pop("download_type", UNSET)
        download_type = parse_enum(PanoDownloadType, _download_type, "PanoUploadToken", "download_type")

        _download_host = d.pop("download_host", UNSET)
        if not isinstance(_download_host, str):
            raise ResponseValidationError.unexpected("PanoUploadToken", "download_host", "a string", _download_host)
        download_host = _download_host

        _backup = d.pop("backup", UNSET)
        backup: Any | Unset = UNSET
        if _backup is not UNSET:
            backup = _backup

        _force_path_style = d.pop("force_path_style", UNSET)
        force_path_style: bool | Unset = UNSET
        if _force_path_style is not UNSET:
            if not isinstance(_force_path_style, bool):
                raise ResponseValidationError.unexpected(
                    "PanoUploadToken", "force_path_style", "a boolean", _force_path_style
                )
            force_path_style = _force_path_style

        _parsed = cls(
            tmp_secret_id=tmp_secret_id,
            tmp_secret_key=tmp_secret_key,
            session_token=session_token,
            ttl=ttl,
            expire=expire,
            prefix=prefix,
            app_id=app_id,
            bucket=bucket,
            region=region,
            host=host,
            is_accelerate=is_accelerate,
            custom_domain=custom_domain,
            custom_scheme=custom_scheme,
            download_type=download_type,
            download_host=download_host,
            backup=backup,
            force_path_style=force_path_style,
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
