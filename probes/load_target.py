"""What the load probe aims at: a collection resource read from the OpenAPI document, as data.

The resource is the one the conformance probe exercises (probes.api_session.map_resources and
pick_resource: prefixes, singular names, RPC-style `create_post`/`get_all_posts` routes, a list
beside the create path), so that both probes agree on what the app's main resource is. The probe
seeds it with bodies built from the documented request schema. Nothing here sends traffic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote, urlencode

from probes.api_session import (
    COMMENT_WORDS,
    RESOURCE_WORDS,
    Resource,
    enveloped,
    map_resources,
    page_size_parameter,
    pick_resource,
    schema_operations,
)
from probes.auth import query_parameters, resolve

Json = dict[str, Any]

_LIST_KEYS = ("items", "data", "results", "records", "entries", "content", "rows", "objects")
_ID_KEYS = ("id", "_id", "uuid", "pk", "key")
_ID_NAME = re.compile(r"(?:^|_)(?:id|ID)$|[a-z]Id$")


@dataclass(frozen=True)
class Collection:
    path: str
    """The path that creates an item (POST)."""
    item_path: str
    id_param: str
    create_schema: Json | None
    """The JSON request body schema of the POST, None when it takes no JSON body."""
    limit_param: str
    default_limit: int | None
    item_readable: bool = True
    """False when no GET reads one item back (the `get` endpoint is then not measured)."""
    list_path: str | None = None
    """The GET that lists the items; None when the app has no list (only create and get are
    measured then)."""
    list_query: Json = field(default_factory=dict)
    """Values for the list's required query parameters."""
    item_query: Json = field(default_factory=dict)
    """Values for the item read's required query parameters; an id-named one gets the id."""
    noun: str = ""
    """What one item is called (`blog`), so that `blog_id` is read as its id before `user_id`."""
    parent_depth: int = 0
    """For a collection under an item (`/posts/{post_id}/comments`), how many leading path
    segments name the parent (2); 0 for a top-level collection."""

    def under(self, parent_id: str) -> Collection:
        """This nested collection's paths for one parent item."""
        if not self.parent_depth:
            return self
        depth = self.parent_depth
        return replace(
            self,
            path=_bind(self.path, depth, parent_id),
            item_path=_bind(self.item_path, depth, parent_id) if self.item_path else "",
            list_path=_bind(self.list_path, depth, parent_id) if self.list_path else None,
            parent_depth=0,
        )

    @property
    def list_url(self) -> str | None:
        """The list path with its required query parameters, as the probe requests it."""
        if self.list_path is None or not self.list_query:
            return self.list_path
        return self.list_path + "?" + urlencode(self.list_query)

    def item_url(self, identifier: str) -> str:
        """The item read for one id: the path parameter and any required query parameter named
        like an id (`GET /blog/{id}?blog_id=` documents both) carry it."""
        path = self.item_path.replace("{" + self.id_param + "}", quote(identifier, safe=""))
        query = {k: identifier if _ID_NAME.search(k) else v for k, v in self.item_query.items()}
        return path + ("?" + urlencode(query) if query else "")

    def id_of(self, payload: Any) -> str | None:
        return item_id(payload, self.id_param, self.noun)


def _page_size(raw: Mapping[str, Any], operation: Json) -> tuple[str, int | None]:
    """The list's documented page-size query parameter and its default ("limit" if none)."""
    return page_size_parameter(raw, operation) or ("limit", None)


def _required_query(raw: Mapping[str, Any], operation: Json) -> Json:
    """A value for each required query parameter of the list (`?page=1` when it must be given)."""
    values: Json = {}
    for parameter in query_parameters(raw, operation):
        if parameter.get("required") and isinstance(parameter.get("name"), str):
            value = example_value(raw, parameter.get("schema"), 0, False)
            values[parameter["name"]] = json_text(value)
    return values


def json_text(value: Any) -> str:
    """A query-string spelling of a JSON value (`true`, not Python's `True`)."""
    return value if isinstance(value, str) else json.dumps(value)


def pick_collection(raw: Mapping[str, Any], kind: str = "unknown") -> Resource | None:
    """The conformance probe's resource for the kind; failing that, the best other collection
    the probe can fill (no path parameter in its create path), with a JSON body or without."""
    resources = [r for r in map_resources(raw) if "{" not in r.collection]
    words = RESOURCE_WORDS.get(kind, ())
    return (
        pick_resource(resources, words)
        or pick_resource(resources, ())
        or pick_resource(resources, (), need_body=False)
    )


def find_collection(raw: Mapping[str, Any], kind: str = "unknown") -> Collection | None:
    """The collection to load: create, list and one item's paths, and how the list pages."""
    resource = pick_collection(raw, kind)
    return _collection(raw, resource) if resource is not None else None


def _collection(raw: Mapping[str, Any], resource: Resource, parent_depth: int = 0) -> Collection:
    """The probe's view of a mapped resource: its paths, how its list pages, what it needs."""
    operations = schema_operations(raw)
    listing = operations[resource.list_path]["get"] if resource.list_path else {}
    limit_param, default = _page_size(raw, listing)
    item = resource.item_path("GET") or resource.item or ""
    reading = operations.get(item, {}).get("get", {})
    return Collection(
        path=resource.collection,
        item_path=item,
        id_param=resource.param or "id",
        create_schema=resource.create,
        limit_param=limit_param,
        default_limit=default,
        item_readable="GET" in resource.item_methods,
        list_path=resource.list_path,
        list_query=_required_query(raw, listing),
        item_query=_required_query(raw, reading),
        noun=resource.name,
        parent_depth=parent_depth,
    )


_TEMPLATE_PARAM = re.compile(r"\{[^}/]+\}")


def _shape(path: str) -> str:
    """`/posts/{post_id}` and `/posts/{id}` are the same route shape: `/posts/{}`."""
    return _TEMPLATE_PARAM.sub("{}", path.rstrip("/"))


def find_nested(raw: Mapping[str, Any], parent: Collection) -> Collection | None:
    """A collection that lives under one item of `parent` (a post's comments): created with a
    JSON body and listed at a path under the parent's item path, comments first. Its paths
    keep the parent's parameter; `Collection.under` binds them to one parent item."""
    if not parent.item_path:
        return None
    prefix = _shape(parent.item_path) + "/"
    nested = [
        r
        for r in map_resources(raw)
        if _shape(r.collection).startswith(prefix)
        and r.create is not None
        and r.list_path is not None
        and _shape(r.list_path).startswith(prefix)
    ]
    if not nested:
        return None
    chosen = min(nested, key=lambda r: (r.name not in COMMENT_WORDS, len(r.collection)))
    return _collection(raw, chosen, parent_depth=prefix.count("/") - 1)


def _bind(path: str, depth: int, identifier: str) -> str:
    """Fill the parameters of the first `depth` segments of `path` with the parent's id."""
    segments = path.split("/")
    head = "/".join(segments[: depth + 1])
    filled = _TEMPLATE_PARAM.sub(lambda _: quote(identifier, safe=""), head)
    return "/".join([filled, *segments[depth + 1 :]])


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
    """The items of a list response: a JSON array, or the list inside a page envelope (itself
    inside a response envelope, `{"status": true, "data": {"posts": [...]}}`)."""
    if isinstance(payload, list):
        return payload
    if not isinstance(payload, Mapping):
        return None
    for key in _LIST_KEYS:
        if isinstance(payload.get(key), list):
            return list(payload[key])
    found = next((list(v) for v in payload.values() if isinstance(v, list)), None)
    inner = enveloped(payload) if found is None else None
    return items_of(inner) if inner is not None else found


def item_id(payload: Any, id_param: str, noun: str = "") -> str | None:
    """The identifier of a created or listed item, to fill the `{param}` of the item path: the
    parameter's name, the usual names, `<noun>_id`, then any other `*id` key (`user_id` last)."""
    if not isinstance(payload, Mapping):
        return None
    names = dict.fromkeys(n for n in (noun, _singular(noun)) if n)
    own = [key for name in names for key in (f"{name}_id", f"{name}Id")]
    keys = (id_param, *_ID_KEYS, *own, *(k for k in payload if str(k).lower().endswith("id")))
    for key in keys:
        value = payload.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return str(value)[:200]
    return None


def _singular(word: str) -> str:
    """`entries` -> `entry`, `todos` -> `todo`; other words as they are."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
