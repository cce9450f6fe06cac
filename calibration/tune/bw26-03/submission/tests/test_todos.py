import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def create(client: TestClient, h: Headers, **body: object) -> dict[str, object]:
    r = client.post("/todos", json={"title": "buy milk", **body}, headers=h)
    assert r.status_code == 201
    return r.json()  # type: ignore[no-any-return]


def test_crud_happy_path(client: TestClient, alice: Headers) -> None:
    todo = create(client, alice, description="2 litres")
    assert todo == {"id": todo["id"], "title": "buy milk", "description": "2 litres", "done": False}

    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["description"] == "2 litres"

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize("body", [{}, {"title": ""}, {"title": 3}, {"title": "x", "done": "maybe"},
                                  {"title": "x" * 201}, {"title": "x", "owner_id": 2}])
def test_create_validation(client: TestClient, alice: Headers, body: dict[str, object]) -> None:
    assert client.post("/todos", json=body, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_patch_rejects_null_title(client: TestClient, alice: Headers) -> None:
    todo = create(client, alice)
    assert client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice).status_code == 422


def test_missing_todo_is_404(client: TestClient, alice: Headers) -> None:
    for method in ("get", "delete"):
        assert client.request(method, "/todos/999", headers=alice).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=alice).status_code == 404
    assert client.get("/todos/not-a-number", headers=alice).status_code == 422


def test_users_cannot_touch_each_others_todos(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo = create(client, alice)
    url = f"/todos/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"title": "mine now"}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(url, headers=alice).json()["title"] == "buy milk"


def test_pagination(client: TestClient, alice: Headers) -> None:
    for i in range(5):
        create(client, alice, title=f"t{i}")
    page = client.get("/todos", params={"limit": 2, "offset": 3}, headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["t3", "t4"]
    assert (page["limit"], page["offset"], page["total"]) == (2, 3, 5)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, alice: Headers, params: dict[str, object]) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
