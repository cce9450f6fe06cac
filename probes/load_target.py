"""What the load probe aims at: a collection resource read from the OpenAPI document, as data.

A collection is a path with POST (create) and GET (list) whose `{param}` sub-path has GET; the
probe seeds it with bodies built from the documented request schema. Nothing here sends traffic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from probes.auth import iter_operations, resolve

Json = dict[str, Any]

_AUTH_PATH = re.compile(r"register|signup|sign-up|login|token|auth|session|users?\b|me\b", re.I)
_LIMIT_NAMES = ("limit", "page_size", "per_page", "size", "take", "count", "max_results")
_LIST_KEYS = ("items", "data", "results", "records", "entries", "content", "rows", "objects")
_ID_KEYS = ("id", "_id", "uuid", "pk", "key")


@dataclass(frozen=True)
class Collection:
    path: str
    item_path: str
    id_param: str
    create_schema: Json | None
    """The resolved JSON request body schema of the POST, None when it takes no JSON body."""
    limit_param: str
    default_limit: int | None
    item_readable: bool = True
    """False when no GET reads one item back (the `get` endpoint is then not measured)."""


def _template_param(segment: str) -> str | None:
    match = re.fullmatch(r"\{([^{}/]+)\}", segment)
    return match.group(1) if match else None


def _json_body_schema(raw: Mapping[str, Any], operation: Json) -> Json | None:
    body = resolve(raw, operation.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    media = next((v for k, v in content.items() if "json" in str(k)), None)
    schema = resolve(raw, media.get("schema")) if isinstance(media, Mapping) else None
    return dict(schema) if isinstance(schema, Mapping) else None


def _page_size(raw: Mapping[str, Any], operation: Json) -> tuple[str, int | None]:
    """The list's documented page-size query parameter and its default ("limit" if none)."""
    parameters = operation.get("parameters")
    for parameter in parameters if isinstance(parameters, list) else []:
        parameter = resolve(raw, parameter)
        if not isinstance(parameter, Mapping) or parameter.get("in") != "query":
            continue
        name = parameter.get("name")
        if isinstance(name, str) and name.lower() in _LIMIT_NAMES:
            schema = resolve(raw, parameter.get("schema"))
            default = schema.get("default") if isinstance(schema, Mapping) else None
            if isinstance(default, bool) or not isinstance(default, int):
                default = None
            return name, default
    return "limit", None


def find_collection(raw: Mapping[str, Any]) -> Collection | None:
    """The first collection in document order, preferring ones that are not about accounts."""
    operations: dict[str, dict[str, Json]] = {}
    for path, method, operation in iter_operations(raw):
        operations.setdefault(path, {})[method] = operation
    found: list[tuple[bool, int, int, Collection]] = []
    for path, methods in operations.items():
        if "post" not in methods or "get" not in methods or "{" in path:
            continue
        limit_param, default = _page_size(raw, methods["get"])
        body = _json_body_schema(raw, methods["post"])
        # Best: an item path read by GET; else an item path with other methods (PATCH, DELETE);
        # else the list and the create alone: latency and growth are still measured.
        best: tuple[int, Collection] = (
            2,
            Collection(path, "", "id", body, limit_param, default, item_readable=False),
        )
        for item_path, item_methods in operations.items():
            head, _, last = item_path.rstrip("/").rpartition("/")
            param = _template_param(last)
            if param is None or head != path.rstrip("/"):
                continue
            rank = 0 if "get" in item_methods else 1
            if rank < best[0]:
                best = (
                    rank,
                    Collection(
                        path, item_path, param, body, limit_param, default, item_readable=rank == 0
                    ),
                )
        found.append((bool(_AUTH_PATH.search(path)), best[0], len(found), best[1]))
    return min(found, key=lambda entry: entry[:3])[3] if found else None


def _merged(raw: Mapping[str, Any], schema: Mapping[str, Any]) -> Json:
    """allOf parts folded into one schema, so their properties and required lists add up."""
    merged: Json = {k: v for k, v in schema.items() if k != "allOf"}
    parts = schema.get("allOf")
    for part in parts if isinstance(parts, list) else []:
        part = resolve(raw, part)
        if isinstance(part, Mapping):
            part = _merged(raw, part)
            merged.setdefault("properties", {}).update(part.get("properties") or {})
            merged["required"] = [*merged.get("required", []), *(part.get("required") or [])]
            merged.update({k: v for k, v in part.items() if k not in ("properties", "required")})
    return merged


def _string(schema: Mapping[str, Any], index: int) -> str:
    fmt = schema.get("format")
    value = {
        "email": f"load{index}@example.com",
        "date-time": "2030-01-01T00:00:00Z",
        "date": "2030-01-01",
        "time": "12:00:00",
        "uuid": f"00000000-0000-4000-8000-{index:012d}",
        "uri": f"https://example.com/{index}",
        "url": f"https://example.com/{index}",
        "ipv4": "127.0.0.1",
        "hostname": "example.com",
    }.get(str(fmt), f"load item {index}")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        value = value + "x" * (low - len(value))
    if isinstance(high, int) and high >= 0 and len(value) > high:
        value = (str(index) + "x" * high)[:high] if high else ""
    return value


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    low = schema.get("minimum")
    exclusive = schema.get("exclusiveMinimum")
    high = schema.get("maximum")
    value: float = 1
    if isinstance(low, int | float):
        value = max(value, low)
    if isinstance(exclusive, int | float) and not isinstance(exclusive, bool):
        value = max(value, exclusive + (1 if integer else 0.5))
    if isinstance(high, int | float):
        value = min(value, high)
    return int(value) if integer else float(value)


def example_value(
    raw: Mapping[str, Any], schema: Any, index: int, every_field: bool, depth: int = 0
) -> Any:
    """A simple value the schema accepts: required fields only, or every field when asked."""
    schema = resolve(raw, schema)
    if not isinstance(schema, Mapping) or depth > 8:
        return "x"
    schema = _merged(raw, schema)
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return next((v for v in enum if v is not None), enum[0])
    for key in ("anyOf", "oneOf"):
        options = [resolve(raw, o) for o in schema.get(key) or []]
        options = [o for o in options if isinstance(o, Mapping) and o.get("type") != "null"]
        if options:
            return example_value(raw, options[0], index, every_field, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties") or {}
        required = [n for n in schema.get("required") or [] if isinstance(n, str)]
        names = list(properties) if every_field else required
        return {
            n: example_value(
                raw, properties.get(n, {"type": "string"}), index, every_field, depth + 1
            )
            for n in names
        }
    if kind == "array":
        count = schema.get("minItems") if isinstance(schema.get("minItems"), int) else 0
        return [
            example_value(raw, schema.get("items"), index, every_field, depth + 1)
            for _ in range(min(count, 5))
        ]
    if kind in ("integer", "number"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return _string(schema, index)


def items_of(payload: Any) -> list[Any] | None:
    """The items of a list response: a JSON array, or the list inside a page envelope."""
    if isinstance(payload, list):
        return payload
    if not isinstance(payload, Mapping):
        return None
    for key in _LIST_KEYS:
        if isinstance(payload.get(key), list):
            return list(payload[key])
    return next((list(v) for v in payload.values() if isinstance(v, list)), None)


def item_id(payload: Any, id_param: str) -> str | None:
    """The identifier of a created or listed item, to fill the `{param}` of the item path."""
    if not isinstance(payload, Mapping):
        return None
    keys = (id_param, *_ID_KEYS, *(k for k in payload if str(k).lower().endswith("id")))
    for key in keys:
        value = payload.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)[:200]
    return None
