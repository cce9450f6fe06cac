from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

CreateFn = Callable[..., dict[str, Any]]


def _make(create_todo: CreateFn, headers: dict[str, str], count: int) -> list[dict[str, Any]]:
    return [create_todo(headers, title=f"todo {i}") for i in range(count)]


def test_empty_list(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.get("/todos", headers=auth_headers)

    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_default_limit_is_20(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    _make(create_todo, auth_headers, 25)

    body = client.get("/todos", headers=auth_headers).json()

    assert len(body["items"]) == 20
    assert body["total"] == 25
    assert body["limit"] == 20
    assert body["offset"] == 0


@pytest.mark.parametrize(
    "limit, offset, expected_titles",
    [
        (5, 0, ["todo 0", "todo 1", "todo 2", "todo 3", "todo 4"]),
        (5, 5, ["todo 5", "todo 6"]),
        (2, 3, ["todo 3", "todo 4"]),
        (1, 6, ["todo 6"]),
        (10, 7, []),
        (10, 1000, []),
    ],
    ids=["first-page", "last-partial-page", "middle", "last-item", "exactly-past-end", "far-past-end"],
)
def test_limit_and_offset(
    client: TestClient,
    auth_headers: dict[str, str],
    create_todo: CreateFn,
    limit: int,
    offset: int,
    expected_titles: list[str],
) -> None:
    _make(create_todo, auth_headers, 7)

    body = client.get(
        "/todos", params={"limit": limit, "offset": offset}, headers=auth_headers
    ).json()

    assert [t["title"] for t in body["items"]] == expected_titles
    assert body["total"] == 7
    assert body["limit"] == limit
    assert body["offset"] == offset


def test_pages_cover_all_items_without_overlap(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    created = _make(create_todo, auth_headers, 11)
    seen: list[int] = []

    for offset in range(0, 11, 4):
        items = client.get(
            "/todos", params={"limit": 4, "offset": offset}, headers=auth_headers
        ).json()["items"]
        seen.extend(t["id"] for t in items)

    assert seen == [t["id"] for t in created]


@pytest.mark.parametrize("limit", [1, 100], ids=["min", "max"])
def test_limit_boundaries_accepted(
    client: TestClient, auth_headers: dict[str, str], limit: int
) -> None:
    response = client.get("/todos", params={"limit": limit}, headers=auth_headers)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": -1},
        {"limit": 101},
        {"limit": 10**6},
        {"limit": "abc"},
        {"limit": "1.5"},
        {"offset": -1},
        {"offset": "x"},
        {"offset": "2.5"},
    ],
    ids=[
        "limit-zero",
        "limit-negative",
        "limit-over-max",
        "limit-huge",
        "limit-text",
        "limit-float",
        "offset-negative",
        "offset-text",
        "offset-float",
    ],
)
def test_invalid_pagination_params_return_422(
    client: TestClient, auth_headers: dict[str, str], params: dict[str, Any]
) -> None:
    response = client.get("/todos", params=params, headers=auth_headers)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"


def test_list_is_ordered_by_creation(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    created = _make(create_todo, auth_headers, 5)

    items = client.get("/todos", headers=auth_headers).json()["items"]

    assert [t["id"] for t in items] == [t["id"] for t in created]


@pytest.mark.parametrize("done, expected", [("true", ["done"]), ("false", ["open"])])
def test_filter_by_done(
    client: TestClient,
    auth_headers: dict[str, str],
    create_todo: CreateFn,
    done: str,
    expected: list[str],
) -> None:
    create_todo(auth_headers, title="done", done=True)
    create_todo(auth_headers, title="open", done=False)

    body = client.get("/todos", params={"done": done}, headers=auth_headers).json()

    assert [t["title"] for t in body["items"]] == expected
    assert body["total"] == 1


def test_filter_by_done_invalid_value(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.get("/todos", params={"done": "perhaps"}, headers=auth_headers)
    assert response.status_code == 422


def test_list_requires_authentication(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
