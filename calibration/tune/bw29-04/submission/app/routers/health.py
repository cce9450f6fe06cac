import logging

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.db import engine
from app.schemas import Health, Readiness

router = APIRouter(tags=["ops"])
log = logging.getLogger(__name__)


@router.get("/healthz", response_model=Health, summary="Liveness probe")
async def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness probe (checks the database)",
    responses={503: {"model": Readiness}},
)
async def readyz() -> Readiness | JSONResponse:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        log.exception("readiness check failed")
        return JSONResponse(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            content=Readiness(status="unavailable", database="down").model_dump(),
        )
    return Readiness(status="ok", database="up")
