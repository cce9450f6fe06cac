from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

CreateTodo = Callable[..., dict[str, Any]]


class TestCreate:
    def test_returns_201_with_id_and_defaults(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.post("/todos", json={"title": "Buy milk"}, headers=alice)

        assert response.status_code == 201
        body = response.json()
        assert isinstance(body["id"], int)
        assert body["title"] == "Buy milk"
        assert body["description"] is None
        assert body["done"] is False
        assert "owner_id" not in body

    def test_accepts_all_fields(self, client: TestClient, alice: dict[str, str]) -> None:
        payload = {"title": "Write report", "description": "Q3 numbers", "done": True}

        response = client.post("/todos", json=payload, headers=alice)

        assert response.status_code == 201
        assert {k: response.json()[k] for k in payload} == payload

    def test_title_is_trimmed(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.post("/todos", json={"title": "  padded  "}, headers=alice)

        assert response.json()["title"] == "padded"

    def test_owner_id_in_payload_is_ignored(
        self, client: TestClient, alice: dict[str, str], bob: dict[str, str]
    ) -> None:
        response = client.post("/todos", json={"title": "sneaky", "owner_id": 2}, headers=alice)

        assert response.status_code == 201
        assert client.get("/todos", headers=bob).json()["total"] == 0
        assert client.get("/todos", headers=alice).json()["total"] == 1


class TestRead:
    def test_get_own_todo(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        todo = create_todo(alice, title="Read me")

        response = client.get(f"/todos/{todo['id']}", headers=alice)

        assert response.status_code == 200
        assert response.json() == todo

    def test_missing_todo_is_404(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.get("/todos/12345", headers=alice)

        assert response.status_code == 404
        assert response.json() == {"detail": "Todo not found"}

    def test_list_contains_created(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        first = create_todo(alice, title="one")
        second = create_todo(alice, title="two")

        response = client.get("/todos", headers=alice)

        assert response.status_code == 200
        assert response.json()["items"] == [first, second]
        assert response.json()["total"] == 2

    def test_empty_list(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.get("/todos", headers=alice)

        assert response.status_code == 200
        assert response.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


class TestUpdate:
    def test_patch_title(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        todo = create_todo(alice, title="old", description="keep me")

        response = client.patch(f"/todos/{todo['id']}", json={"title": "new"}, headers=alice)

        assert response.status_code == 200
        assert response.json()["title"] == "new"
        assert response.json()["description"] == "keep me"
        assert response.json()["done"] is False

    def test_mark_done(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        todo = create_todo(alice)

        response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

        assert response.json()["done"] is True
        assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is True

    def test_clear_description_with_null(
        self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo
    ) -> None:
        todo = create_todo(alice, description="temporary")

        response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)

        assert response.status_code == 200
        assert response.json()["description"] is None

    def test_empty_patch_is_a_no_op(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        todo = create_todo(alice)

        response = client.patch(f"/todos/{todo['id']}", json={}, headers=alice)

        assert response.status_code == 200
        assert response.json() == todo

    def test_patch_missing_todo_is_404(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.patch("/todos/999", json={"title": "x"}, headers=alice)

        assert response.status_code == 404


class TestDelete:
    def test_delete_returns_204_without_body(
        self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo
    ) -> None:
        todo = create_todo(alice)

        response = client.delete(f"/todos/{todo['id']}", headers=alice)

        assert response.status_code == 204
        assert response.content == b""

    def test_deleted_todo_is_gone(self, client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
        todo = create_todo(alice)
        client.delete(f"/todos/{todo['id']}", headers=alice)

        assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
        assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404
