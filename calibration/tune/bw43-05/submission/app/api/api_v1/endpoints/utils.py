from typing import Any

from fastapi import APIRouter

router = APIRouter()


@router.get("/health-check/")
def health_check() -> Any:
    return {"status": "ok"}
