"""A FastAPI app of a test's own, served by uvicorn on a loopback port in a thread."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any, Self

import uvicorn
from fastapi import FastAPI


class ServedApp:
    """An app on a loopback port, in a thread, for the length of a `with`."""

    def __init__(self, app: FastAPI) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="off"))
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        self.openapi: dict[str, Any] = app.openapi()

    def __enter__(self) -> Self:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.025)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
