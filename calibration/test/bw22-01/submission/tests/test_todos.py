from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from .conftest import AuthHeaders

MakeUser = Callable[[str], AuthHeaders]


@pytest.fixture
def alice(make_user: MakeUser) -> AuthHeaders:
    return make_user("alice")


@pytest.fixture
def bob(make_user: MakeUser) -> AuthHeaders:
    return make_user("bob")


def _create(client: TestClient, headers: AuthHeaders, **fields: object) -> dict[str, object]:
    body = {"title": "buy milk", **fields}
    response = client.post("/todos", json=body, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, object] = response.json()
    return created


def test_create_returns_201_with_defaults(client: TestClient, alice: AuthHeaders) -> None:
    todo = _create(client, alice)

    assert isinstance(todo["id"], int)
    assert todo["title"] == "buy milk"
    assert todo["description"] == ""
    assert todo["done"] is False


def test_read_list_update_delete_roundtrip(client: TestClient, alice: AuthHeaders) -> None:
    todo = _create(client, alice, description="2 litres")
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=alice).json() == todo
    assert client.get("/todos", headers=alice).json() == [todo]

    replaced = client.put(url, json={"title": "buy oat milk", "done": True}, headers=alice)
    assert replaced.status_code == 200
    assert replaced.json() == {
        "id": todo["id"],
        "title": "buy oat milk",
        "description": "",
        "done": True,
    }

    deleted = client.delete(url, headers=alice)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(url, headers=alice).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "yes"},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_bad_input(
    client: TestClient, alice: AuthHeaders, payload: dict[str, object]
) -> None:
    response = client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get("/todos", headers=alice).json() == []


def test_put_requires_title(client: TestClient, alice: AuthHeaders) -> None:
    todo = _create(client, alice)

    response = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 422


def test_missing_todo_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/todos/12345", headers=alice).status_code == 404
    assert client.put("/todos/12345", json={"title": "x"}, headers=alice).status_code == 404
    assert client.delete("/todos/12345", headers=alice).status_code == 404


def test_non_integer_id_is_422(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_other_users_todos_are_invisible(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.put(url, json={"title": "hijacked"}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []

    assert client.get(url, headers=alice).json()["title"] == "buy milk"


def test_pagination(client: TestClient, alice: AuthHeaders) -> None:
    ids = [_create(client, alice, title=f"todo {i}")["id"] for i in range(5)]

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)

    assert page.status_code == 200
    assert [t["id"] for t in page.json()] == ids[1:3]


def test_default_page_size_is_20(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(25):
        _create(client, alice, title=f"todo {i}")

    assert len(client.get("/todos", headers=alice).json()) == 20


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -1}, {"offset": -1}, {"limit": "ten"}],
)
def test_pagination_bounds_are_enforced(
    client: TestClient, alice: AuthHeaders, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
