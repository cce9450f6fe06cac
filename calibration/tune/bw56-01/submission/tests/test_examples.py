from __future__ import annotations

from fastapi.testclient import TestClient

from todoml import security
from tests.conftest import PASSWORD


def test_signup_does_not_return_the_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username_is_a_conflict(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409
    assert r.json()["detail"] == {"kind": "username_taken", "username": "alice"}


def test_short_password_is_rejected(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "dave", "password": "short"})
    assert r.status_code == 422


def test_wrong_password_and_unknown_user_look_the_same(client: TestClient, alice: dict[str, str]) -> None:
    wrong = client.post("/auth/token", data={"username": "alice", "password": "nope-nope-nope"})
    unknown = client.post("/auth/token", data={"username": "nobody", "password": "nope-nope-nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_todo_routes_require_a_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer garbage"}).status_code == 401


def test_expired_token_is_rejected(client: TestClient, alice: dict[str, str]) -> None:
    stale = security.issue_token(1, now=0)
    assert client.get("/todos", headers={"Authorization": f"Bearer {stale}"}).status_code == 401


def test_token_for_a_user_that_does_not_exist(client: TestClient) -> None:
    token = security.issue_token(10_000)
    assert client.get("/todos", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_delete_then_read_is_404(client: TestClient, alice: dict[str, str]) -> None:
    todo_id = client.post("/todos", json={"title": "bye"}, headers=alice).json()["id"]
    r = client.delete(f"/todos/{todo_id}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    missing = client.get(f"/todos/{todo_id}", headers=alice)
    assert missing.status_code == 404
    assert missing.json()["detail"] == {"kind": "todo_not_found", "todo_id": todo_id}
    assert client.delete(f"/todos/{todo_id}", headers=alice).status_code == 404


def test_ids_out_of_range_are_422_not_500(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos/0", headers=alice).status_code == 422
    assert client.get(f"/todos/{2**64}", headers=alice).status_code == 422
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_patch_with_null_title_keeps_the_title(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "keep me"}, headers=alice).json()
    r = client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "keep me"


def test_unknown_fields_are_rejected(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/todos", json={"title": "x", "owner_id": 2}, headers=alice)
    assert r.status_code == 422
