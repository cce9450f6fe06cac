from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers
from tests.fakes import InMemoryRepository
from todo_service.api.todos import request_fingerprint
from todo_service.schemas import TodoCreate


def _post(client: TestClient, headers: Headers, key: str, body: dict[str, object]):  # type: ignore[no-untyped-def]
    return client.post("/todos", json=body, headers={**headers, "Idempotency-Key": key})


def test_retry_with_same_key_replays_the_original(
    client: TestClient, alice: Headers, repository: InMemoryRepository
) -> None:
    first = _post(client, alice, "k-1", {"title": "pay rent"})
    retry = _post(client, alice, "k-1", {"title": "pay rent"})

    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert "Idempotent-Replayed" not in first.headers
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert len(repository.todos) == 1


def test_replay_survives_later_changes_to_the_todo(client: TestClient, alice: Headers) -> None:
    first = _post(client, alice, "k-1", {"title": "pay rent"}).json()
    client.patch(f"/todos/{first['id']}", json={"done": True}, headers=alice)
    # The replay is the response the client originally missed, not the current state.
    assert _post(client, alice, "k-1", {"title": "pay rent"}).json() == first


def test_same_key_with_different_body_is_409(
    client: TestClient, alice: Headers, repository: InMemoryRepository
) -> None:
    _post(client, alice, "k-1", {"title": "pay rent"})
    conflict = _post(client, alice, "k-1", {"title": "pay rent twice"})
    assert conflict.status_code == 409
    assert len(repository.todos) == 1


def test_equivalent_bodies_share_a_fingerprint(client: TestClient, alice: Headers) -> None:
    first = _post(client, alice, "k-1", {"title": "pay rent"})
    explicit = _post(client, alice, "k-1", {"done": False, "title": "pay rent", "description": None})
    assert explicit.status_code == 201
    assert explicit.json()["id"] == first.json()["id"]


def test_keys_are_scoped_per_user(client: TestClient, alice: Headers, bob: Headers) -> None:
    a = _post(client, alice, "shared", {"title": "x"}).json()
    b = _post(client, bob, "shared", {"title": "x"}).json()
    assert a["id"] != b["id"]


def test_without_a_key_each_post_creates(client: TestClient, alice: Headers) -> None:
    one = client.post("/todos", json={"title": "x"}, headers=alice).json()
    two = client.post("/todos", json={"title": "x"}, headers=alice).json()
    assert one["id"] != two["id"]


@pytest.mark.parametrize("key", ["", "has space", "k" * 256])
def test_malformed_keys_are_422(client: TestClient, alice: Headers, key: str) -> None:
    assert _post(client, alice, key, {"title": "x"}).status_code == 422


def test_fingerprint_ignores_key_order_and_defaults() -> None:
    a = TodoCreate.model_validate({"title": "t", "done": False})
    b = TodoCreate.model_validate({"done": False, "title": "t", "description": None})
    c = TodoCreate.model_validate({"title": "t", "done": True})
    assert request_fingerprint(a) == request_fingerprint(b) != request_fingerprint(c)
