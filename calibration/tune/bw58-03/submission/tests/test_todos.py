from unittest.mock import AsyncMock

from fastapi.testclient import TestClient

from tests.conftest import make_todo

BASE = "/api/v1/todos"


def test_create_todo_returns_201(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.create.return_value = make_todo(id=7, title="Write tests")

    response = client.post(BASE, json={"title": "Write tests"})

    assert response.status_code == 201
    assert response.json()["id"] == 7
    assert response.json()["title"] == "Write tests"
    todo_repo.create.assert_awaited_once()


def test_create_todo_missing_title_returns_422(client: TestClient, todo_repo: AsyncMock) -> None:
    response = client.post(BASE, json={"description": "no title"})

    assert response.status_code == 422
    todo_repo.create.assert_not_awaited()


def test_create_todo_empty_title_returns_422(client: TestClient) -> None:
    response = client.post(BASE, json={"title": ""})

    assert response.status_code == 422


def test_create_todo_wrong_type_returns_422(client: TestClient) -> None:
    response = client.post(BASE, json={"title": "ok", "done": "maybe"})

    assert response.status_code == 422


def test_list_todos_paginates(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.list_for_owner.return_value = ([make_todo(id=1), make_todo(id=2)], 5)

    response = client.get(BASE, params={"limit": 2, "offset": 0})

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 5
    assert [t["id"] for t in body["items"]] == [1, 2]
    todo_repo.list_for_owner.assert_awaited_once_with(1, 2, 0)


def test_list_todos_rejects_limit_above_max(client: TestClient) -> None:
    assert client.get(BASE, params={"limit": 101}).status_code == 422


def test_list_todos_rejects_negative_offset(client: TestClient) -> None:
    assert client.get(BASE, params={"offset": -1}).status_code == 422


def test_read_todo(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = make_todo(id=3)

    response = client.get(f"{BASE}/3")

    assert response.status_code == 200
    assert response.json()["id"] == 3


def test_read_missing_todo_returns_404(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = None

    response = client.get(f"{BASE}/999")

    assert response.status_code == 404


def test_cannot_read_other_users_todo(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = None

    response = client.get(f"{BASE}/42")

    assert response.status_code == 404
    todo_repo.get_for_owner.assert_awaited_once_with(42, 1)


def test_update_todo(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = make_todo(id=3)
    todo_repo.update.return_value = make_todo(id=3, done=True)

    response = client.patch(f"{BASE}/3", json={"done": True})

    assert response.status_code == 200
    assert response.json()["done"] is True


def test_update_missing_todo_returns_404(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = None

    response = client.patch(f"{BASE}/3", json={"done": True})

    assert response.status_code == 404
    todo_repo.update.assert_not_awaited()


def test_delete_todo_returns_204(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = make_todo(id=3)

    response = client.delete(f"{BASE}/3")

    assert response.status_code == 204
    todo_repo.delete.assert_awaited_once()


def test_delete_missing_todo_returns_404(client: TestClient, todo_repo: AsyncMock) -> None:
    todo_repo.get_for_owner.return_value = None

    assert client.delete(f"{BASE}/3").status_code == 404


def test_requires_token(anon_client: TestClient) -> None:
    assert anon_client.get(BASE).status_code == 401


def test_rejects_invalid_token(anon_client: TestClient) -> None:
    response = anon_client.get(BASE, headers={"Authorization": "Bearer not-a-jwt"})

    assert response.status_code == 401
