"""Tiny FactoryBot stand-ins."""

from itertools import count

from fastapi.testclient import TestClient

_seq = count(1)


def create_user(client: TestClient, username: str | None = None, password: str = "s3cret-pass") -> dict:
    username = username or f"user{next(_seq)}"
    resp = client.post("/users", json={"username": username, "password": password})
    assert resp.status_code == 201, resp.text
    return {**resp.json(), "password": password}


def login(client: TestClient, username: str, password: str) -> dict[str, str]:
    resp = client.post("/session", data={"username": username, "password": password})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


def signed_in_user(client: TestClient) -> tuple[dict, dict[str, str]]:
    user = create_user(client)
    return user, login(client, user["username"], user["password"])


def create_post(client: TestClient, headers: dict[str, str], **overrides: str) -> dict:
    attrs = {"title": "Hello world", "content": "First post!"} | overrides
    resp = client.post("/posts", json=attrs, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()
