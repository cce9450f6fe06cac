from typing import Any

import pytest
from fastapi.testclient import TestClient

from .conftest import Headers


def _create(client: TestClient, headers: Headers, **fields: Any) -> dict[str, Any]:
    body = {"title": "pay invoice"} | fields
    r = client.post("/todos", json=body, headers=headers)
    assert r.status_code == 201, r.text
    data: dict[str, Any] = r.json()
    return data


def test_create(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="before Friday")
    assert isinstance(todo["id"], int)
    assert todo["title"] == "pay invoice"
    assert todo["description"] == "before Friday"
    assert todo["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "t" * 201},
        {"title": None},
        {"title": {"nested": True}},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "owner_id": 999},
    ],
)
def test_create_validation_stores_nothing(
    client: TestClient, alice: Headers, payload: dict[str, Any]
) -> None:
    r = client.post("/todos", json=payload, headers=alice)
    assert r.status_code == 422
    assert r.json()["detail"]
    assert client.get("/todos", headers=alice).json() == []


def test_malformed_json_is_422(client: TestClient, alice: Headers) -> None:
    r = client.post(
        "/todos",
        content=b"{not json",
        headers={**alice, "Content-Type": "application/json"},
    )
    assert r.status_code == 422


def test_get(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json() == todo


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**64)])
def test_get_missing_or_invalid_id_never_500(
    client: TestClient, alice: Headers, todo_id: str
) -> None:
    r = client.get(f"/todos/{todo_id}", headers=alice)
    assert r.status_code in (404, 422)


def test_list_pagination(client: TestClient, alice: Headers) -> None:
    ids = [_create(client, alice, title=f"t{i}")["id"] for i in range(7)]
    r = client.get("/todos", params={"limit": 3, "offset": 2}, headers=alice)
    assert r.status_code == 200
    assert [t["id"] for t in r.json()] == ids[2:5]
    assert len(client.get("/todos", headers=alice).json()) == 7
    assert client.get("/todos", params={"offset": 7}, headers=alice).json() == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "x"}],
)
def test_list_rejects_bad_paging(
    client: TestClient, alice: Headers, params: dict[str, Any]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_patch(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="x")
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == todo["title"]

    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["description"] is None


@pytest.mark.parametrize(
    "payload", [{"title": None}, {"done": None}, {"title": ""}, {"unknown": 1}]
)
def test_patch_validation(client: TestClient, alice: Headers, payload: dict[str, Any]) -> None:
    todo = _create(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == todo["title"]


def test_patch_missing_is_404(client: TestClient, alice: Headers) -> None:
    assert client.patch("/todos/12345", json={"done": True}, headers=alice).status_code == 404


def test_delete(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_isolation_between_users(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []

    assert client.get(url, headers=alice).json() == todo


def test_openapi_documents_every_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/todos", "/todos/{todo_id}", "/auth/register", "/auth/token"):
        assert path in spec["paths"]
    assert "404" in spec["paths"]["/todos/{todo_id}"]["get"]["responses"]
