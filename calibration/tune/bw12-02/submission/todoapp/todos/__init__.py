from fastapi import APIRouter

bp = APIRouter(prefix="/todos", tags=["todos"])

from . import views  # noqa: E402,F401
