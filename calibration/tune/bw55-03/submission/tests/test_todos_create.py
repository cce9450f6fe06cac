from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_create_todo_returns_201_with_defaults(
    client: TestClient, auth_headers: dict[str, str]
) -> None:
    response = client.post("/todos", json={"title": "Buy milk"}, headers=auth_headers)

    assert response.status_code == 201
    body = response.json()
    assert body["title"] == "Buy milk"
    assert body["description"] is None
    assert body["done"] is False
    assert isinstance(body["id"], int)
    assert body["created_at"]
    assert body["updated_at"]


def test_create_todo_with_all_fields(client: TestClient, auth_headers: dict[str, str]) -> None:
    payload = {"title": "Write report", "description": "Q3 numbers", "done": True}

    response = client.post("/todos", json=payload, headers=auth_headers)

    assert response.status_code == 201
    assert {k: response.json()[k] for k in payload} == payload


def test_created_todo_can_be_read_back(
    client: TestClient,
    auth_headers: dict[str, str],
    create_todo: Callable[..., dict[str, Any]],
) -> None:
    created = create_todo(auth_headers, description="details")

    response = client.get(f"/todos/{created['id']}", headers=auth_headers)

    assert response.status_code == 200
    assert response.json() == created


def test_create_assigns_increasing_ids(
    client: TestClient,
    auth_headers: dict[str, str],
    create_todo: Callable[..., dict[str, Any]],
) -> None:
    first = create_todo(auth_headers)
    second = create_todo(auth_headers)
    assert second["id"] > first["id"]


@pytest.mark.parametrize(
    "title",
    ["x", "x" * 200, "  padded  ", "Émoji 🎉 title", "'; DROP TABLE todos; --", "<b>bold</b>"],
    ids=["one-char", "max-length", "padded", "unicode", "sql-like", "html"],
)
def test_create_accepts_edge_case_titles(
    client: TestClient, auth_headers: dict[str, str], title: str
) -> None:
    response = client.post("/todos", json={"title": title}, headers=auth_headers)

    assert response.status_code == 201
    assert response.json()["title"] == title


def test_sql_like_title_is_stored_literally(
    client: TestClient, auth_headers: dict[str, str]
) -> None:
    title = "'; DROP TABLE todos; --"
    client.post("/todos", json={"title": title}, headers=auth_headers)

    response = client.get("/todos", headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["items"][0]["title"] == title


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "title"),
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": None}, "title"),
        ({"title": 123}, "title"),
        ({"title": ["a"]}, "title"),
        ({"title": {"text": "a"}}, "title"),
        ({"title": "ok", "description": "d" * 1001}, "description"),
        ({"title": "ok", "description": 42}, "description"),
        ({"title": "ok", "done": "maybe"}, "done"),
        ({"title": "ok", "done": 2}, "done"),
        ({"title": "ok", "done": []}, "done"),
        ({"title": "ok", "done": None}, "done"),
    ],
    ids=[
        "missing-title",
        "empty-title",
        "blank-title",
        "title-too-long",
        "null-title",
        "int-title",
        "list-title",
        "object-title",
        "description-too-long",
        "int-description",
        "string-done",
        "int-done",
        "list-done",
        "null-done",
    ],
)
def test_create_rejects_invalid_payload(
    client: TestClient, auth_headers: dict[str, str], payload: dict[str, Any], field: str
) -> None:
    response = client.post("/todos", json=payload, headers=auth_headers)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", field]


def test_invalid_payload_is_not_stored(client: TestClient, auth_headers: dict[str, str]) -> None:
    client.post("/todos", json={"title": "x" * 201}, headers=auth_headers)

    response = client.get("/todos", headers=auth_headers)

    assert response.json()["total"] == 0


def test_create_accepts_max_length_description(
    client: TestClient, auth_headers: dict[str, str]
) -> None:
    response = client.post(
        "/todos", json={"title": "ok", "description": "d" * 1000}, headers=auth_headers
    )
    assert response.status_code == 201


def test_create_missing_title_error_message(
    client: TestClient, auth_headers: dict[str, str]
) -> None:
    response = client.post("/todos", json={"description": "no title"}, headers=auth_headers)

    error = response.json()["detail"][0]
    assert error["type"] == "missing"
    assert error["msg"] == "Field required"


def test_create_rejects_invalid_json(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.post(
        "/todos",
        content=b"{title: no quotes}",
        headers={**auth_headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422


def test_create_rejects_json_list(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.post("/todos", json=[{"title": "a"}], headers=auth_headers)
    assert response.status_code == 422


def test_create_ignores_client_supplied_id_and_owner(
    client: TestClient, auth_headers: dict[str, str], other_auth_headers: dict[str, str]
) -> None:
    response = client.post(
        "/todos", json={"title": "mine", "id": 999, "owner_id": 2}, headers=auth_headers
    )

    assert response.status_code == 201
    assert response.json()["id"] != 999
    assert client.get("/todos", headers=other_auth_headers).json()["total"] == 0


def test_create_requires_authentication(client: TestClient) -> None:
    response = client.post("/todos", json={"title": "Buy milk"})
    assert response.status_code == 401


def test_create_with_invalid_token_returns_401(client: TestClient) -> None:
    response = client.post(
        "/todos", json={"title": "Buy milk"}, headers={"Authorization": "Bearer invalid"}
    )
    assert response.status_code == 401
