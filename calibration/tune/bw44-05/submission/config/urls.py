"""Root URL configuration: every app's router, mounted under /api."""
from fastapi import APIRouter

from accounts.views import router as accounts_router
from blog.views import router as blog_router

API_PREFIX = "/api"

urlpatterns: list[APIRouter] = [
    accounts_router,
    blog_router,
]
