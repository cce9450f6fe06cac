"""Audit trail. Events are added to the caller's session so that they are
committed atomically with the change they describe (or not at all)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from .models import AuditEvent


def record(
    session: Session,
    *,
    request_id: str,
    action: str,
    actor_id: int | None,
    entity_id: int | None = None,
    fields: Iterable[str] | None = None,
) -> None:
    session.add(
        AuditEvent(
            request_id=request_id,
            action=action,
            actor_id=actor_id,
            entity_id=entity_id,
            fields=",".join(sorted(fields)) if fields else None,
        )
    )
