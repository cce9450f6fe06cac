import pytest
from fastapi.testclient import TestClient

from tests.conftest import API, register_and_login


class TestTodoCrud:
    def test_create_todo(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        response = client.post(f"{API}/todos", json={"title": "Buy milk"}, headers=auth_headers)
        assert response.status_code == 201
        assert response.json()["id"] > 0
        assert response.json()["is_done"] is False

    def test_get_todo(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        todo_id = client.post(f"{API}/todos", json={"title": "A"}, headers=auth_headers).json()["id"]
        response = client.get(f"{API}/todos/{todo_id}", headers=auth_headers)
        assert response.status_code == 200
        assert response.json()["title"] == "A"

    def test_update_todo(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        todo_id = client.post(f"{API}/todos", json={"title": "A"}, headers=auth_headers).json()["id"]
        response = client.patch(f"{API}/todos/{todo_id}", json={"is_done": True}, headers=auth_headers)
        assert response.status_code == 200
        assert response.json()["is_done"] is True

    def test_delete_todo(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        todo_id = client.post(f"{API}/todos", json={"title": "A"}, headers=auth_headers).json()["id"]
        assert client.delete(f"{API}/todos/{todo_id}", headers=auth_headers).status_code == 204
        assert client.get(f"{API}/todos/{todo_id}", headers=auth_headers).status_code == 404


class TestTodoErrors:
    def test_requires_auth(self, client: TestClient) -> None:
        assert client.get(f"{API}/todos").status_code == 401

    def test_missing_title(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        assert client.post(f"{API}/todos", json={}, headers=auth_headers).status_code == 422

    def test_not_found(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        assert client.get(f"{API}/todos/12345", headers=auth_headers).status_code == 404

    def test_other_users_todo_is_404(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        todo_id = client.post(f"{API}/todos", json={"title": "mine"}, headers=auth_headers).json()["id"]
        other = register_and_login(client, "intruder")
        assert client.get(f"{API}/todos/{todo_id}", headers=other).status_code == 404
        assert client.delete(f"{API}/todos/{todo_id}", headers=other).status_code == 404


class TestPagination:
    def test_pagination(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        for i in range(5):
            client.post(f"{API}/todos", json={"title": f"T{i}"}, headers=auth_headers)
        body = client.get(f"{API}/todos?limit=2&offset=2", headers=auth_headers).json()
        assert body["total"] == 5
        assert [t["title"] for t in body["items"]] == ["T2", "T3"]

    @pytest.mark.parametrize("query", ["limit=0", "limit=1000", "offset=-5"])
    def test_invalid_pagination(self, client: TestClient, auth_headers: dict[str, str], query: str) -> None:
        assert client.get(f"{API}/todos?{query}", headers=auth_headers).status_code == 422
