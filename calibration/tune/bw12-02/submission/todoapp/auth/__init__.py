from fastapi import APIRouter

bp = APIRouter(prefix="/auth", tags=["auth"])

from . import views  # noqa: E402,F401
