"""Operational endpoints. Unauthenticated on purpose: probes and scrapers don't log in.
Expose them on the internal network only (see README)."""
import asyncio
import logging

from fastapi import APIRouter, Request, Response, status
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from ..deps import SettingsDep
from ..metrics import READINESS_FAILURES, REGISTRY
from ..schemas import HealthStatus

router = APIRouter(tags=["ops"])
log = logging.getLogger(__name__)


@router.get("/healthz", response_model=HealthStatus, summary="Liveness: the process is serving")
async def healthz() -> HealthStatus:
    # Deliberately shallow: a DB outage must not make the orchestrator restart healthy pods.
    return HealthStatus(status="ok")


@router.get(
    "/readyz",
    response_model=HealthStatus,
    summary="Readiness: dependencies reachable",
    responses={503: {"model": HealthStatus, "description": "A dependency is unavailable"}},
)
async def readyz(request: Request, response: Response, settings: SettingsDep) -> HealthStatus:
    try:
        await asyncio.wait_for(request.app.state.db.ping(), settings.readiness_timeout_seconds)
    except Exception as exc:  # any failure means "don't route traffic here"
        READINESS_FAILURES.inc()
        log.warning("readiness check failed", extra={"fields": {"error": repr(exc)}})
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return HealthStatus(status="unavailable", checks={"database": "unreachable"})
    return HealthStatus(status="ok", checks={"database": "ok"})


@router.get("/metrics", include_in_schema=False)
def metrics() -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
