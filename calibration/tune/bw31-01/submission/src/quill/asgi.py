"""Entry point for ``uvicorn quill.asgi:app``."""

from quill.main import create_app

app = create_app()
