from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.pagination

CreateTodo = Callable[..., dict[str, Any]]


@pytest.fixture()
def five_todos(alice: dict[str, str], create_todo: CreateTodo) -> list[dict[str, Any]]:
    return [create_todo(alice, title=f"t{i}") for i in range(5)]


def test_default_page_size_is_20(client: TestClient, alice: dict[str, str], create_todo: CreateTodo) -> None:
    for i in range(25):
        create_todo(alice, title=f"t{i}")

    body = client.get("/todos", headers=alice).json()

    assert len(body["items"]) == 20
    assert body["total"] == 25
    assert body["limit"] == 20
    assert body["offset"] == 0


def test_limit_and_offset_slice_in_creation_order(
    client: TestClient, alice: dict[str, str], five_todos: list[dict[str, Any]]
) -> None:
    body = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()

    assert [t["title"] for t in body["items"]] == ["t1", "t2"]
    assert body["total"] == 5


def test_offset_past_the_end_is_empty(
    client: TestClient, alice: dict[str, str], five_todos: list[dict[str, Any]]
) -> None:
    body = client.get("/todos", params={"offset": 10}, headers=alice).json()

    assert body["items"] == []
    assert body["total"] == 5


@pytest.mark.parametrize("limit", [1, 100])
def test_limit_boundaries_are_accepted(client: TestClient, alice: dict[str, str], limit: int) -> None:
    assert client.get("/todos", params={"limit": limit}, headers=alice).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"limit": 0}, id="limit-zero"),
        pytest.param({"limit": 101}, id="limit-over-max"),
        pytest.param({"limit": -5}, id="limit-negative"),
        pytest.param({"limit": "ten"}, id="limit-not-int"),
        pytest.param({"offset": -1}, id="offset-negative"),
        pytest.param({"offset": "x"}, id="offset-not-int"),
        pytest.param({"offset": str(2**64)}, id="offset-overflow"),
    ],
)
def test_out_of_range_params_are_422(client: TestClient, alice: dict[str, str], params: dict[str, Any]) -> None:
    response = client.get("/todos", params=params, headers=alice)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"
