import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_crud_happy_path(client: TestClient, alice: Headers) -> None:
    r = client.post("/todos", json={"title": "buy milk"}, headers=alice)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False and todo["description"] is None

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "buy milk"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "buy milk"

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_missing_todo_is_404(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/999", headers=alice).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=alice).status_code == 404
    assert client.delete("/todos/999", headers=alice).status_code == 404


def test_other_users_todo_is_invisible(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo_id = client.post("/todos", json={"title": "secret"}, headers=alice).json()["id"]
    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"title": "pwned"}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "secret"


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": 5}, {"title": "x" * 201}, {"title": "ok", "done": "maybe"}, {"title": "ok", "x": 1}],
)
def test_create_rejects_malformed(client: TestClient, alice: Headers, payload: object) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}, {"done": [1]}])
def test_update_rejects_malformed(client: TestClient, alice: Headers, payload: object) -> None:
    todo_id = client.post("/todos", json={"title": "keep"}, headers=alice).json()["id"]
    assert client.patch(f"/todos/{todo_id}", json=payload, headers=alice).status_code == 422
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "keep"


def test_update_can_clear_description(client: TestClient, alice: Headers) -> None:
    todo_id = client.post("/todos", json={"title": "t", "description": "d"}, headers=alice).json()["id"]
    r = client.patch(f"/todos/{todo_id}", json={"description": None}, headers=alice)
    assert r.status_code == 200 and r.json()["description"] is None


@pytest.mark.parametrize("todo_id", ["abc", "0", "-1", str(2**63)])
def test_bad_id_is_422(client: TestClient, alice: Headers, todo_id: str) -> None:
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == 422


def test_pagination(client: TestClient, alice: Headers) -> None:
    for i in range(25):
        client.post("/todos", json={"title": f"t{i}"}, headers=alice)
    first = client.get("/todos", headers=alice).json()
    assert first["total"] == 25 and len(first["items"]) == 20 and first["limit"] == 20
    page = client.get("/todos", params={"limit": 10, "offset": 20}, headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["t20", "t21", "t22", "t23", "t24"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, alice: Headers, params: dict[str, object]) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
