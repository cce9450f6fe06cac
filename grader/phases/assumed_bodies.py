"""Request bodies the app reads by hand, written into its schema so the probes can send them.

An app that reads `await request.json()` documents no body, and one that takes `data: dict`
documents an object of no known fields: its schema shows `POST /signup` with nothing to send,
so the probes could neither sign up nor create a record, and every phase after the fuzzer saw
only 401s. The handler's source says which keys it reads (`data["username"]`,
`data.get("done")`); those become the body's properties, typed as the assignment's reference
contract types a field of that name (else a string); a handler that hands the body on whole to a
function of the project (a controller's `auth.register(payload)`) reads the keys that function
reads. The fuzzer has run by then on the schema
as served: only the probes that follow see the assumed bodies, and the report lists each one
(CONF-BODY-ASSUMED), so a reviewer knows what was guessed.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from grader.checks.rules.handlers import Function, received_by, terminal_name
from grader.checks.rules.raw_bodies import RawBody, body_reads, keys_read, raw_bodies
from grader.phases.body_fields import BodyFields
from grader.settings import REFERENCE_SPECS

_WRITES = ("post", "put", "patch")
ASSUMED = "x-grader-assumed-body"


@dataclass(frozen=True)
class AssumedBody:
    """One operation given a body: what was sent, and from which handler line it was read."""

    method: str
    path: str
    fields: tuple[str, ...]
    required: tuple[str, ...]

    def describe(self) -> str:
        listed = ", ".join(f"{f}{'' if f in self.required else '?'}" for f in self.fields)
        return f"{self.method.upper()} {self.path} {{{listed}}}"


def assume_bodies(schema: dict[str, Any], fields: BodyFields, kind: str) -> list[AssumedBody]:
    """Give each undocumented write whose handler reads a raw body a JSON body of the keys it
    reads, in place; returns what was assumed (empty when the schema documents every body)."""
    assumed: list[AssumedBody] = []
    paths = schema.get("paths")
    if not isinstance(paths, dict):
        return assumed
    types = reference_types(kind)
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in _WRITES:
            operation = item.get(method)
            if not isinstance(operation, dict) or _names_its_fields(operation):
                continue
            keys = _keys(fields, method, str(path))
            if not keys:
                continue
            properties = {name: {"type": types.get(name, "string")} for name in keys}
            required = [name for name, needed in keys.items() if needed]
            operation["requestBody"] = {
                "required": True,
                ASSUMED: True,
                "content": {
                    _media_type(fields, method, str(path)): {
                        "schema": {
                            "type": "object",
                            "properties": properties,
                            "required": required,
                        }
                    }
                },
            }
            assumed.append(AssumedBody(method, str(path), tuple(keys), tuple(required)))
    return assumed


def _names_its_fields(operation: dict[str, Any]) -> bool:
    """Whether the documented body says which fields it takes: a `data: dict` body is documented
    as an object with no properties, which tells a client no more than no body at all."""
    body = operation.get("requestBody")
    if not isinstance(body, dict):
        return False
    content = body.get("content")
    if not isinstance(content, dict) or not content:
        return "$ref" in body
    for media in content.values():
        schema = media.get("schema") if isinstance(media, dict) else None
        if not isinstance(schema, dict) or set(schema) & {"$ref", "properties", "allOf", "anyOf"}:
            return True
    return False


_FORM = "application/x-www-form-urlencoded"


def _media_type(fields: BodyFields, method: str, path: str) -> str:
    """A form for a handler that reads `await request.form()` (a hand-made login, fresh
    bw57-05, refused the probe's JSON with a 401), JSON otherwise."""
    handler = fields.handler((method.upper(),), path)
    reads = body_reads(handler) if handler is not None else iter(())
    return _FORM if any(reader.endswith(".form") for _, reader in reads) else "application/json"


def _keys(fields: BodyFields, method: str, path: str) -> dict[str, bool]:
    handler = fields.handler((method.upper(),), path)
    if handler is None:
        return {}
    keys: dict[str, bool] = {}
    for body in raw_bodies(handler, fields.body_helpers):
        read = [keys_read(handler, body)]
        read += [keys_read(callee, given) for callee, given in _passed_on(fields, handler, body)]
        for found in read:
            for name, needed in found.items():
                keys[name] = keys.get(name, False) or needed
    return keys


_HANDED_ON_DEPTH = 3


def _passed_on(
    fields: BodyFields, handler: Function, body: RawBody, depth: int = _HANDED_ON_DEPTH
) -> Iterator[tuple[Function, RawBody]]:
    """Where the handler hands the body on whole (`return auth.register(payload)`, a
    controller's method reading `payload["name"]`, which may hand it on again to a changeset
    builder): each project function of that name, with the parameter that receives it, up to
    `depth` calls down."""
    if depth <= 0:
        return
    for call in ast.walk(handler):
        if not isinstance(call, ast.Call) or (name := terminal_name(call.func)) is None:
            continue
        for _, callee in fields.functions_named(name):
            if callee is not handler:
                for param in received_by(call, callee, {body.name}):
                    given = RawBody(param, callee.lineno, body.how)
                    yield callee, given
                    yield from _passed_on(fields, callee, given, depth - 1)


@cache
def reference_types(kind: str) -> dict[str, str]:
    """Field name -> JSON type over every object in the assignment's reference contract."""
    path = REFERENCE_SPECS / kind / "openapi.json"
    if not path.is_file():
        return {}
    document = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for model in document.get("components", {}).get("schemas", {}).values():
        for name, spec in (model.get("properties") or {}).items():
            kind_of = spec.get("type") if isinstance(spec, dict) else None
            if isinstance(kind_of, str) and kind_of != "null":
                found.setdefault(name, kind_of)
    return found
