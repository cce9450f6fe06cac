from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def _create(client: TestClient, headers: Headers, **fields: object) -> dict:
    payload = {"title": "Buy milk", **fields}
    response = client.post("/todos", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_returns_201_with_id(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    todo = _create(client, auth_headers(), description="2 litres")
    assert isinstance(todo["id"], int)
    assert todo["title"] == "Buy milk"
    assert todo["description"] == "2 litres"
    assert todo["done"] is False


def test_crud_round_trip(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = auth_headers()
    todo = _create(client, headers)

    response = client.get(f"/todos/{todo['id']}", headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Buy milk"

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Buy milk"

    response = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""

    assert client.get(f"/todos/{todo['id']}", headers=headers).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=headers).status_code == 404


def test_patch_can_clear_description(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = auth_headers()
    todo = _create(client, headers, description="to be removed")
    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=headers)
    assert response.status_code == 200
    assert response.json()["description"] is None


def test_empty_patch_is_a_no_op(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = auth_headers()
    todo = _create(client, headers)
    response = client.patch(f"/todos/{todo['id']}", json={}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == todo["title"]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "owner_id": 1},
    ],
)
def test_create_validation_is_422_and_stores_nothing(
    client: TestClient, auth_headers: Callable[[], Headers], payload: dict
) -> None:
    headers = auth_headers()
    assert client.post("/todos", json=payload, headers=headers).status_code == 422
    assert client.get("/todos", headers=headers).json()["total"] == 0


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"id": 5}])
def test_patch_validation_is_422(
    client: TestClient, auth_headers: Callable[[], Headers], payload: dict
) -> None:
    headers = auth_headers()
    todo = _create(client, headers)
    assert client.patch(f"/todos/{todo['id']}", json=payload, headers=headers).status_code == 422


def test_malformed_json_is_422(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = {**auth_headers(), "Content-Type": "application/json"}
    assert client.post("/todos", content=b"{not json", headers=headers).status_code == 422


@pytest.mark.parametrize("todo_id", ["0", "-1", "abc", str(2**63), "999999999"])
def test_bad_or_unknown_ids_never_500(
    client: TestClient, auth_headers: Callable[[], Headers], todo_id: str
) -> None:
    headers = auth_headers()
    status = client.get(f"/todos/{todo_id}", headers=headers).status_code
    assert status in (404, 422)


def test_other_users_todos_are_invisible(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    alice, bob = auth_headers(), auth_headers()
    todo = _create(client, alice)

    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0

    # still intact for its owner
    response = client.get(f"/todos/{todo['id']}", headers=alice)
    assert response.status_code == 200
    assert response.json()["done"] is False


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/todos"), ("post", "/todos"), ("get", "/todos/1"), ("patch", "/todos/1"), ("delete", "/todos/1")],
)
def test_todo_routes_require_token(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path, json={"title": "x"}).status_code == 401


def test_pagination(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = auth_headers()
    ids = [_create(client, headers, title=f"todo {i}")["id"] for i in range(5)]

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=headers).json()
    assert page["total"] == 5
    assert page["limit"] == 2
    assert page["offset"] == 1
    assert [item["id"] for item in page["items"]] == ids[1:3]

    default = client.get("/todos", headers=headers).json()
    assert default["limit"] == 20
    assert len(default["items"]) == 5


def test_done_filter(client: TestClient, auth_headers: Callable[[], Headers]) -> None:
    headers = auth_headers()
    _create(client, headers, title="open")
    _create(client, headers, title="closed", done=True)
    page = client.get("/todos", params={"done": "true"}, headers=headers).json()
    assert page["total"] == 1
    assert page["items"][0]["title"] == "closed"


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}]
)
def test_pagination_out_of_range_is_422(
    client: TestClient, auth_headers: Callable[[], Headers], params: dict
) -> None:
    assert client.get("/todos", params=params, headers=auth_headers()).status_code == 422
