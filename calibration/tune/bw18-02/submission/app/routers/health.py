import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.db import get_db
from app.schemas import Health

router = APIRouter(tags=["ops"])
log = logging.getLogger("blog.health")


@router.get("/healthz", response_model=Health, summary="Liveness probe")
def liveness() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Health,
    summary="Readiness probe (checks the database)",
    responses={503: {"model": Health}},
)
def readiness(response: Response, db: Annotated[Session, Depends(get_db)]) -> Health:
    try:
        db.execute(text("SELECT 1"))
    except SQLAlchemyError:
        log.exception("readiness check failed")
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return Health(status="unavailable", checks={"database": "error"})
    return Health(status="ok", checks={"database": "ok"})
