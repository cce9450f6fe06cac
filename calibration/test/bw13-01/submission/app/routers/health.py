import sqlite3

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.config import get_settings
from app.db import get_db

router = APIRouter(tags=["ops"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """Liveness: the process is up and serving."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(conn: sqlite3.Connection = Depends(get_db)) -> JSONResponse:
    """Readiness: the database answers."""
    settings = get_settings()
    try:
        conn.execute("SELECT 1").fetchone()
    except sqlite3.Error as exc:
        return JSONResponse(status_code=503, content={"status": "unavailable", "error": str(exc)})
    return JSONResponse(content={"status": "ready", "version": settings.version})
