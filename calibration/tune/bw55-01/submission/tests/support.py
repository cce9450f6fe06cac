from __future__ import annotations

from uuid import uuid4

from fastapi.testclient import TestClient

from todo_api.config import Settings

# Cheap argon2 parameters: the properties sign up hundreds of users.
TEST_SETTINGS = Settings(
    jwt_secret="test-secret-" + "x" * 40,
    token_ttl_seconds=300,
    argon2_time_cost=1,
    argon2_memory_cost_kib=8,
)
PASSWORD = "correct horse battery"

Headers = dict[str, str]


def fresh_username() -> str:
    return "u" + uuid4().hex[:20]


def sign_up_and_login(client: TestClient, username: str | None = None) -> Headers:
    name = username if username is not None else fresh_username()
    r = client.post("/auth/signup", json={"username": name, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": name, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
