"""ASGI entry point: `uvicorn blog.main:app`."""

from blog.entrypoints.http.app import create_app

app = create_app()
