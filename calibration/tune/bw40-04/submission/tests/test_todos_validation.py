from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.validation

CreateTodo = Callable[..., dict[str, Any]]

INVALID_CREATE = [
    pytest.param({}, id="missing-title"),
    pytest.param({"title": ""}, id="empty-title"),
    pytest.param({"title": "   "}, id="blank-title"),
    pytest.param({"title": "x" * 201}, id="title-too-long"),
    pytest.param({"title": None}, id="null-title"),
    pytest.param({"title": 123}, id="title-wrong-type"),
    pytest.param({"title": ["a"]}, id="title-list"),
    pytest.param({"title": "ok", "description": "d" * 2001}, id="description-too-long"),
    pytest.param({"title": "ok", "description": 5}, id="description-wrong-type"),
    pytest.param({"title": "ok", "done": "yes"}, id="done-string"),
    pytest.param({"title": "ok", "done": 1}, id="done-int"),
]


@pytest.mark.parametrize("payload", INVALID_CREATE)
def test_invalid_create_is_422_and_not_stored(
    client: TestClient, alice: dict[str, str], payload: dict[str, Any]
) -> None:
    response = client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_non_json_body_is_422(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post(
        "/todos",
        content=b"title=hello",
        headers={**alice, "Content-Type": "application/json"},
    )

    assert response.status_code == 422


def test_json_array_body_is_422(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post("/todos", json=[{"title": "x"}], headers=alice)

    assert response.status_code == 422


INVALID_PATCH = [
    pytest.param({"title": None}, id="null-title"),
    pytest.param({"done": None}, id="null-done"),
    pytest.param({"title": ""}, id="empty-title"),
    pytest.param({"title": "x" * 201}, id="title-too-long"),
    pytest.param({"done": "nope"}, id="done-string"),
]


@pytest.mark.parametrize("payload", INVALID_PATCH)
def test_invalid_patch_is_422_and_todo_unchanged(
    client: TestClient, alice: dict[str, str], create_todo: CreateTodo, payload: dict[str, Any]
) -> None:
    todo = create_todo(alice)

    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


@pytest.mark.parametrize("todo_id", ["abc", "0", "-1", "1.5", str(2**64)])
@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_invalid_todo_id_is_422(client: TestClient, alice: dict[str, str], method: str, todo_id: str) -> None:
    response = client.request(method, f"/todos/{todo_id}", json={"title": "x"}, headers=alice)

    assert response.status_code == 422
