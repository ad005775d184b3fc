"""What a page's table says: the words of its header, and its rows read as fields or enum values.

The vendors write tables in Chinese or English with a handful of column names (参数 类型 必填 说明,
Parameter name / Required / Type / Description, 状态值 说明 ...). A table is a field table when it
has a name column, an enum table when it has a value column instead; other tables (hosts, error
codes) say nothing the checks compare.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

from attrs import frozen

from generator.sources.document import Table


class Role(enum.Enum):
    NAME = "name"
    TYPE = "type"
    REQUIRED = "required"
    DESCRIPTION = "description"
    EXAMPLE = "example"
    VALUE = "value"


HEADER_WORDS: dict[str, Role] = {
    **dict.fromkeys(
        ["参数", "参数名", "参数名称", "字段", "字段名", "名称", "属性", "parameter", "parameter name",
         "parameters", "name", "field", "field name", "key"],
        Role.NAME,
    ),
    **dict.fromkeys(["类型", "数据类型", "参数类型", "type", "data type"], Role.TYPE),
    **dict.fromkeys(["必填", "是否必填", "必选", "是否必选", "required", "mandatory"], Role.REQUIRED),
    **dict.fromkeys(["说明", "描述", "含义", "备注", "description", "remarks", "meaning"], Role.DESCRIPTION),
    **dict.fromkeys(["举例", "示例", "示例值", "例子", "example", "sample"], Role.EXAMPLE),
    **dict.fromkeys(["状态值", "取值", "枚举值", "值", "value", "enum value"], Role.VALUE),
}  # fmt: skip

YES = frozenset({"是", "必填", "必选", "yes", "y", "true", "required", "mandatory", "✓", "√"})
NO = frozenset({"否", "选填", "可选", "非必填", "no", "n", "false", "optional"})

_JSON_TYPES = {
    **dict.fromkeys(["string", "str", "text"], "string"),
    **dict.fromkeys(["integer", "int", "int32", "int64", "long", "uint32", "uint64"], "integer"),
    **dict.fromkeys(["number", "float", "double", "decimal"], "number"),
    **dict.fromkeys(["boolean", "bool"], "boolean"),
    **dict.fromkeys(["object", "map", "dict"], "object"),
    **dict.fromkeys(["array", "list"], "array"),
    "null": "null",
}

CONCATENATED_TYPES = ("object/null", "integer", "boolean", "string", "number", "object", "array", "float",
                      "double", "bool", "long", "int")  # fmt: skip
"""Type words as they run into the other cells in text captures (``app_keystring开放平台的 AppKey``),
lower-case only and longest first, so ``int`` never cuts ``integer`` short."""

_FIELD_NAME = re.compile(r"[A-Za-z_][\w.\[\]-]*")


def header_role(cell: str) -> Role | None:
    return HEADER_WORDS.get(" ".join(cell.split()).lower().rstrip(":："))


def _readable(roles: list[Role | None]) -> list[Role] | None:
    """The roles, when every column has one and there is a name or a value column."""
    known = [role for role in roles if role is not None]
    if len(known) != len(roles) or len(known) < 2 or not {Role.NAME, Role.VALUE} & set(known):
        return None
    return known


def header_roles(cells: tuple[str, ...] | list[str]) -> list[Role] | None:
    """The role of each header cell, or None when the header is not one of a field or enum table."""
    return _readable([header_role(cell) for cell in cells])


def _segmentations(text: str, words: list[str]) -> Iterator[list[str]]:
    if not text:
        yield []
    for word in (word for word in words if text.startswith(word)):
        for tail in _segmentations(text[len(word) :], words):
            yield [word, *tail]


def split_concatenated_header(text: str) -> list[str] | None:
    """The cells of a header that ran together (``参数类型必填说明`` is 参数, 类型, 必填, 说明, not
    参数类型 ...), or None unless some split makes it the header of a field or enum table."""
    text = text.strip()
    if len(text) > 40:  # a header is a few words; prose need not be tried
        return None
    words = sorted((word for word in HEADER_WORDS if not word.isascii()), key=len, reverse=True)
    return next((cells for cells in _segmentations(text, words) if header_roles(cells)), None)


def page_types(cell: str) -> frozenset[str] | None:
    """The JSON types a type cell names (``object/null`` is object or null), or None if it names none."""
    text = re.sub(r"\(.*?\)|（.*?）", "", cell).strip().lower()
    if not text:
        return None
    types = set()
    for part in re.split(r"\s*(?:/|\||,|\bor\b)\s*", text):
        if part.startswith(("array", "list")) or part.endswith("[]"):
            types.add("array")
        elif part in _JSON_TYPES:
            types.add(_JSON_TYPES[part])
        else:
            return None
    return frozenset(types)


def requiredness(cell: str) -> bool | None:
    """True for a yes (是, Yes, 必填 ...), False for a no, None for anything else (often empty)."""
    word = cell.strip().lower()
    return True if word in YES else False if word in NO else None


def is_field_name(text: str) -> bool:
    return _FIELD_NAME.fullmatch(text) is not None


@frozen
class FieldRow:
    """A documented field: ``name`` may be a dotted path with ``[]`` for items (``scan_list[].id``)."""

    line: int
    name: str
    type_text: str
    types: frozenset[str] | None
    required: bool | None
    description: str


@frozen
class EnumRow:
    line: int
    value: str
    description: str


def _cells_by_role(table: Table, roles: list[Role]) -> list[dict[Role, str]]:
    return [dict(zip(roles, row.cells, strict=False)) for row in table.rows]


def field_rows(table: Table) -> list[FieldRow] | None:
    """The table's fields, when it is a field table (it has a name column)."""
    roles = header_roles(table.header)
    if roles is None or Role.NAME not in roles:
        return None
    rows = []
    for row, by_role in zip(table.rows, _cells_by_role(table, roles), strict=True):
        name = by_role.get(Role.NAME, "").strip()
        if not name:
            continue
        type_text = by_role.get(Role.TYPE, "").strip()
        rows.append(
            FieldRow(
                line=row.line,
                name=name,
                type_text=type_text,
                types=page_types(type_text) if type_text else None,
                required=requiredness(by_role.get(Role.REQUIRED, "")),
                description=by_role.get(Role.DESCRIPTION, "").strip(),
            )
        )
    return rows


def enum_rows(table: Table) -> list[EnumRow] | None:
    """The table's values, when it is an enum table (a value column and no name column)."""
    roles = header_roles(table.header)
    if roles is None or Role.VALUE not in roles or Role.NAME in roles:
        return None
    return [
        EnumRow(row.line, by_role[Role.VALUE].strip(), by_role.get(Role.DESCRIPTION, "").strip())
        for row, by_role in zip(table.rows, _cells_by_role(table, roles), strict=True)
        if by_role.get(Role.VALUE, "").strip()
    ]


__all__ = [
    "CONCATENATED_TYPES",
    "HEADER_WORDS",
    "EnumRow",
    "FieldRow",
    "Role",
    "enum_rows",
    "field_rows",
    "header_role",
    "header_roles",
    "is_field_name",
    "page_types",
    "requiredness",
    "split_concatenated_header",
]
