"""Audit trail. Every state-changing action and every authentication attempt is recorded in
the audit_events table, in the same transaction as the change itself, and mirrored to the
"todo_service.audit" logger as one JSON line. Passwords and tokens are never recorded."""

import json
import logging
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from todo_service.models import AuditEvent, utcnow

_log = logging.getLogger("todo_service.audit")


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "unknown"))


RequestId = Annotated[str, Depends(request_id)]


def record(
    session: Session,
    *,
    action: str,
    outcome: str,
    request_id: str,
    actor_user_id: int | None = None,
    resource_id: int | None = None,
    subject: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        occurred_at=utcnow(),
        request_id=request_id,
        actor_user_id=actor_user_id,
        action=action,
        outcome=outcome,
        resource_id=resource_id,
        subject=subject,
    )
    session.add(event)
    _log.info(
        json.dumps(
            {
                "action": action,
                "outcome": outcome,
                "request_id": request_id,
                "actor_user_id": actor_user_id,
                "resource_id": resource_id,
                "subject": subject,
            },
            sort_keys=True,
        )
    )
    return event
