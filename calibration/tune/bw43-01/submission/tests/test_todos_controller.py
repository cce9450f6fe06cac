from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

TODOS_URL = "/api/v1/todos"
RegisterAndLogin = Callable[..., dict[str, str]]


class TestAuthentication:
    def test_list_without_token_returns_401(self, client: TestClient) -> None:
        response = client.get(TODOS_URL)

        assert response.status_code == 401

    def test_create_with_invalid_token_returns_401(self, client: TestClient) -> None:
        response = client.post(
            TODOS_URL,
            json={"title": "x"},
            headers={"Authorization": "Bearer not-a-jwt"},
        )

        assert response.status_code == 401


class TestCreateTodo:
    def test_create_returns_201_with_id(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        headers = register_and_login("alice")

        response = client.post(
            TODOS_URL, json={"title": "Buy milk", "description": "2 litres"}, headers=headers
        )

        assert response.status_code == 201
        body = response.json()
        assert body["id"] > 0
        assert body["title"] == "Buy milk"
        assert body["done"] is False

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"title": ""},
            {"title": 123},
            {"title": "ok", "done": "not-a-bool"},
            {"title": "x" * 201},
        ],
    )
    def test_create_with_invalid_payload_returns_422(
        self, client: TestClient, register_and_login: RegisterAndLogin, payload: dict[str, object]
    ) -> None:
        headers = register_and_login("alice")

        response = client.post(TODOS_URL, json=payload, headers=headers)

        assert response.status_code == 422
        list_response = client.get(TODOS_URL, headers=headers)
        assert list_response.json()["total"] == 0


class TestReadTodo:
    def test_get_unknown_todo_returns_404(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        headers = register_and_login("alice")

        response = client.get(f"{TODOS_URL}/999", headers=headers)

        assert response.status_code == 404

    def test_get_other_users_todo_returns_404(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        alice = register_and_login("alice")
        bob = register_and_login("bob")
        todo_id = client.post(TODOS_URL, json={"title": "private"}, headers=alice).json()["id"]

        assert client.get(f"{TODOS_URL}/{todo_id}", headers=bob).status_code == 404
        assert client.patch(
            f"{TODOS_URL}/{todo_id}", json={"done": True}, headers=bob
        ).status_code == 404
        assert client.delete(f"{TODOS_URL}/{todo_id}", headers=bob).status_code == 404
        assert client.get(f"{TODOS_URL}/{todo_id}", headers=alice).json()["done"] is False


class TestListTodos:
    def test_list_is_paginated_and_scoped_to_owner(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        alice = register_and_login("alice")
        bob = register_and_login("bob")
        for index in range(5):
            client.post(TODOS_URL, json={"title": f"todo {index}"}, headers=alice)
        client.post(TODOS_URL, json={"title": "bob's"}, headers=bob)

        response = client.get(TODOS_URL, params={"limit": 2, "offset": 1}, headers=alice)

        assert response.status_code == 200
        body = response.json()
        assert body["total"] == 5
        assert [item["title"] for item in body["items"]] == ["todo 1", "todo 2"]

    @pytest.mark.parametrize(
        "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}]
    )
    def test_list_with_out_of_range_paging_returns_422(
        self, client: TestClient, register_and_login: RegisterAndLogin, params: dict[str, object]
    ) -> None:
        headers = register_and_login("alice")

        response = client.get(TODOS_URL, params=params, headers=headers)

        assert response.status_code == 422


class TestUpdateTodo:
    def test_patch_updates_only_sent_fields(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        headers = register_and_login("alice")
        created = client.post(
            TODOS_URL, json={"title": "Write report", "description": "Q3"}, headers=headers
        ).json()

        response = client.patch(f"{TODOS_URL}/{created['id']}", json={"done": True}, headers=headers)

        assert response.status_code == 200
        body = response.json()
        assert body["done"] is True
        assert body["title"] == "Write report"
        assert body["description"] == "Q3"

    @pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}])
    def test_patch_with_invalid_values_returns_422(
        self, client: TestClient, register_and_login: RegisterAndLogin, payload: dict[str, object]
    ) -> None:
        headers = register_and_login("alice")
        created = client.post(TODOS_URL, json={"title": "keep me"}, headers=headers).json()

        response = client.patch(f"{TODOS_URL}/{created['id']}", json=payload, headers=headers)

        assert response.status_code == 422
        assert client.get(f"{TODOS_URL}/{created['id']}", headers=headers).json()["title"] == "keep me"


class TestDeleteTodo:
    def test_delete_returns_204_and_todo_is_gone(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        headers = register_and_login("alice")
        todo_id = client.post(TODOS_URL, json={"title": "temp"}, headers=headers).json()["id"]

        response = client.delete(f"{TODOS_URL}/{todo_id}", headers=headers)

        assert response.status_code == 204
        assert response.content == b""
        assert client.get(f"{TODOS_URL}/{todo_id}", headers=headers).status_code == 404

    def test_delete_unknown_todo_returns_404(
        self, client: TestClient, register_and_login: RegisterAndLogin
    ) -> None:
        headers = register_and_login("alice")

        response = client.delete(f"{TODOS_URL}/12345", headers=headers)

        assert response.status_code == 404
