"""Pure functions. No I/O in this module."""
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

DEFAULT_PAGE_SIZE: Final = 20
MAX_PAGE_SIZE: Final = 100


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class TodoFields:
    title: str
    description: str | None
    done: bool


def apply_patch(current: TodoFields, patch: Mapping[str, object]) -> TodoFields:
    """Return a new TodoFields with the keys present in `patch` replaced.

    `patch` only contains the fields the client actually sent, so an explicit
    `"description": null` clears the description while an absent key keeps it.
    """
    title = patch.get("title", current.title)
    description = patch.get("description", current.description)
    done = patch.get("done", current.done)
    assert isinstance(title, str)
    assert description is None or isinstance(description, str)
    assert isinstance(done, bool)
    return TodoFields(title=title, description=description, done=done)
