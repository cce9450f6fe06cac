"""Todo endpoints: happy paths, validation, pagination and ownership."""
import pytest
from fastapi.testclient import TestClient


@pytest.fixture
def ada(auth_headers) -> dict[str, str]:
    return auth_headers("ada")


@pytest.fixture
def bob(auth_headers) -> dict[str, str]:
    return auth_headers("bob")


def create(client: TestClient, headers: dict[str, str], **fields) -> dict:
    response = client.post("/todos", json={"title": "Buy milk", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


# ------------------------------------------------------------ happy paths
def test_create_returns_201_with_id_and_defaults(client: TestClient, ada) -> None:
    todo = create(client, ada, description="2 litres")
    assert isinstance(todo["id"], int)
    assert todo["title"] == "Buy milk"
    assert todo["description"] == "2 litres"
    assert todo["done"] is False


def test_read_update_delete_cycle(client: TestClient, ada) -> None:
    todo_id = create(client, ada)["id"]

    assert client.get(f"/todos/{todo_id}", headers=ada).status_code == 200

    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=ada)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Buy milk"  # untouched fields keep their value

    response = client.delete(f"/todos/{todo_id}", headers=ada)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo_id}", headers=ada).status_code == 404


def test_description_can_be_cleared(client: TestClient, ada) -> None:
    todo_id = create(client, ada, description="old")["id"]
    response = client.patch(f"/todos/{todo_id}", json={"description": None}, headers=ada)
    assert response.status_code == 200
    assert response.json()["description"] is None


# ------------------------------------------------------------ validation
@pytest.mark.parametrize(
    "payload",
    [
        {},  # missing title
        {"title": ""},  # empty title
        {"title": "x" * 201},  # title too long
        {"title": 123},  # wrong type
        {"title": "ok", "done": "yes"},  # not a boolean
        {"title": "ok", "owner_id": 2},  # clients may not choose the owner
    ],
)
def test_create_rejects_bad_input(client: TestClient, ada, payload: dict) -> None:
    response = client.post("/todos", json=payload, headers=ada)
    assert response.status_code == 422
    assert response.json()["detail"]  # a useful message, not an empty body
    assert client.get("/todos", headers=ada).json() == []  # and nothing was stored


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"done": "maybe"}, {"title": ""}])
def test_update_rejects_bad_input(client: TestClient, ada, payload: dict) -> None:
    todo_id = create(client, ada)["id"]
    assert client.patch(f"/todos/{todo_id}", json=payload, headers=ada).status_code == 422


def test_non_integer_id_is_422(client: TestClient, ada) -> None:
    assert client.get("/todos/abc", headers=ada).status_code == 422


# ------------------------------------------------------------ pagination
def test_pagination(client: TestClient, ada) -> None:
    ids = [create(client, ada, title=f"todo {n}")["id"] for n in range(5)]
    assert [t["id"] for t in client.get("/todos", headers=ada).json()] == ids
    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=ada).json()
    assert [t["id"] for t in page] == ids[1:3]
    assert client.get("/todos", params={"offset": 10}, headers=ada).json() == []


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds_are_enforced(client: TestClient, ada, params: dict) -> None:
    assert client.get("/todos", params=params, headers=ada).status_code == 422


# ------------------------------------------------------------ auth & ownership
@pytest.mark.parametrize(
    "method, path",
    [("get", "/todos"), ("post", "/todos"), ("get", "/todos/1"), ("patch", "/todos/1"), ("delete", "/todos/1")],
)
def test_every_todo_route_requires_a_token(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json={"title": "x"})
    assert response.status_code == 401


def test_missing_todo_is_404(client: TestClient, ada) -> None:
    assert client.get("/todos/999", headers=ada).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=ada).status_code == 404
    assert client.delete("/todos/999", headers=ada).status_code == 404


def test_users_cannot_see_or_touch_each_others_todos(client: TestClient, ada, bob) -> None:
    todo_id = create(client, ada)["id"]

    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404

    # ...and ada's todo is unchanged.
    assert client.get(f"/todos/{todo_id}", headers=ada).json()["done"] is False
