from __future__ import annotations

from typing import Any

import pytest
import requests
from fastapi.testclient import TestClient


class FakeReply:
    def __init__(self, ok: bool) -> None:
        self.ok = ok


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}


def test_status_up(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(requests, "get", lambda *a, **k: FakeReply(ok=True))
    client.post("/todos", json={"title": "one"})
    assert client.get("/status").json() == {"api": "up", "todos": 1}


def test_status_down(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> FakeReply:
        raise requests.ConnectionError("refused")

    monkeypatch.setattr(requests, "get", refuse)
    assert client.get("/status").json() == {"api": "down", "todos": 0}
