"""Concern: keeps `slug` in sync with the attribute named by `slug_source` (think friendly_id)."""

import re
import unicodedata
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Mapped, mapped_column


def parameterize(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
    return slug or "untitled"


class Sluggable:
    slug_source = "title"

    slug: Mapped[str] = mapped_column(String(255), index=True)


def _set_slug(mapper: Any, connection: Any, target: Sluggable) -> None:
    target.slug = parameterize(getattr(target, target.slug_source))


event.listen(Sluggable, "before_insert", _set_slug, propagate=True)
event.listen(Sluggable, "before_update", _set_slug, propagate=True)
