"""Contains some shared types for properties (shared by every vrlive client, from vrlive_core)"""

from vrlive_core.types import UNSET, File, FileContent, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Response", "Unset"]
