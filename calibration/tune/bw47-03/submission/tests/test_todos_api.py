import pytest
from fastapi.testclient import TestClient

TODOS = "/api/v1/todos"


def create(client: TestClient, headers: dict[str, str], title: str = "write tests") -> dict:
    r = client.post(TODOS, json={"title": title}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_returns_201_with_id(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post(TODOS, json={"title": "ship it", "description": "today"}, headers=alice)
    assert r.status_code == 201
    body = r.json()
    assert body["id"] >= 1
    assert body["title"] == "ship it"
    assert body["done"] is False
    assert body["owner"] == "alice"


@pytest.mark.parametrize("payload", [{}, {"title": ""}, {"title": 123}, {"title": "x" * 201}])
def test_create_rejects_bad_payload(client: TestClient, alice: dict[str, str], payload: dict) -> None:
    assert client.post(TODOS, json=payload, headers=alice).status_code == 422


def test_routes_require_token(client: TestClient) -> None:
    assert client.get(TODOS).status_code == 401
    assert client.post(TODOS, json={"title": "x"}).status_code == 401
    assert client.delete(f"{TODOS}/1").status_code == 401


def test_list_is_paginated(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(3):
        create(client, alice, f"todo {i}")
    first = client.get(TODOS, params={"limit": 2}, headers=alice).json()
    assert [t["title"] for t in first["items"]] == ["todo 0", "todo 1"]
    assert first["total"] == 3
    rest = client.get(TODOS, params={"limit": 2, "offset": 2}, headers=alice).json()
    assert [t["title"] for t in rest["items"]] == ["todo 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_list_rejects_out_of_range_paging(client: TestClient, alice: dict[str, str], params: dict) -> None:
    assert client.get(TODOS, params=params, headers=alice).status_code == 422


def test_users_only_see_their_own_todos(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    todo = create(client, alice)
    url = f"{TODOS}/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get(TODOS, headers=bob).json()["total"] == 0
    assert client.get(url, headers=alice).json()["done"] is False


def test_patch_updates_only_given_fields(client: TestClient, alice: dict[str, str]) -> None:
    todo = create(client, alice)
    r = client.patch(f"{TODOS}/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == todo["title"]


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"done": "maybe"}])
def test_patch_rejects_bad_values(client: TestClient, alice: dict[str, str], payload: dict) -> None:
    todo = create(client, alice)
    assert client.patch(f"{TODOS}/{todo['id']}", json=payload, headers=alice).status_code == 422


def test_delete_then_gone(client: TestClient, alice: dict[str, str]) -> None:
    todo = create(client, alice)
    url = f"{TODOS}/{todo['id']}"
    r = client.delete(url, headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(url, headers=alice).status_code == 404
    assert client.delete(url, headers=alice).status_code == 404


def test_unknown_or_malformed_id(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get(f"{TODOS}/999", headers=alice).status_code == 404
    assert client.get(f"{TODOS}/abc", headers=alice).status_code == 422
