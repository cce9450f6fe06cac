"""Class-based "viewsets".

Each class groups the handlers for one resource and registers them on its own
``APIRouter`` (much like a DRF ViewSet + Router pair). ``main.py`` just
includes ``viewset.router``.
"""
from blog.views.auth import AuthViewSet
from blog.views.posts import PostViewSet

__all__ = ["AuthViewSet", "PostViewSet"]
