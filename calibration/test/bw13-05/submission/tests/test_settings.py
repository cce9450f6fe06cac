from __future__ import annotations

import pytest

from todo_service.settings import Settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TODO_DATABASE_PATH", "TODO_API_KEY_TTL_HOURS", "TODO_BCRYPT_ROUNDS"):
        monkeypatch.delenv(name, raising=False)
    assert Settings.from_env() == Settings()


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TODO_DATABASE_PATH", "/tmp/x.sqlite3")
    monkeypatch.setenv("TODO_API_KEY_TTL_HOURS", "1")
    monkeypatch.setenv("TODO_BCRYPT_ROUNDS", "10")
    s = Settings.from_env()
    assert (s.database_path, s.api_key_ttl_hours, s.bcrypt_rounds) == ("/tmp/x.sqlite3", 1, 10)
