"""A (very) small take on Ecto.Changeset: cast -> validate_* -> apply_action."""

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Changeset:
    params: dict[str, Any]
    changes: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


def cast(params: dict[str, Any], permitted: list[str]) -> Changeset:
    return Changeset(params=params, changes={k: v for k, v in params.items() if k in permitted})


def add_error(cs: Changeset, key: str, message: str) -> Changeset:
    return replace(cs, errors={**cs.errors, key: [*cs.errors.get(key, []), message]})


def validate_required(cs: Changeset, keys: list[str]) -> Changeset:
    missing = [k for k in keys if cs.changes.get(k) in (None, "")]
    for key in missing:
        cs = add_error(cs, key, "can't be blank")
    return cs


def validate_type(cs: Changeset, key: str, expected: type | tuple[type, ...]) -> Changeset:
    if key not in cs.changes:
        return cs
    value = cs.changes[key]
    # bool is an int in Python, so only a real bool passes where a bool is expected
    ok = isinstance(value, bool) == (expected is bool) and isinstance(value, expected)
    return cs if ok else add_error(cs, key, "is invalid")


def validate_length(cs: Changeset, key: str, min: int = 0, max: int | None = None) -> Changeset:
    match cs.changes.get(key):
        case str() as value if len(value.strip()) < min:
            return add_error(cs, key, f"should be at least {min} character(s)")
        case str() as value if max is not None and len(value) > max:
            return add_error(cs, key, f"should be at most {max} character(s)")
        case _:
            return cs


def apply_action(cs: Changeset) -> tuple[str, Any]:
    match cs:
        case Changeset(valid=True, changes=changes):
            return ("ok", changes)
        case _:
            return ("error", cs)
