import logging

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from app.db import SessionLocal, ping
from app.schemas import Health

router = APIRouter(tags=["ops"])
log = logging.getLogger("todo.health")


@router.get("/healthz", response_model=Health, summary="Liveness: the process is up")
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Health,
    summary="Readiness: the database answers",
    responses={503: {"model": Health, "description": "Database unreachable"}},
)
def readyz() -> Health | JSONResponse:
    try:
        with SessionLocal() as session:
            ping(session)
    except SQLAlchemyError:
        log.exception("readiness check failed")
        body = Health(status="unavailable", checks={"database": "down"})
        return JSONResponse(body.model_dump(), status_code=status.HTTP_503_SERVICE_UNAVAILABLE)
    return Health(status="ok", checks={"database": "up"})
