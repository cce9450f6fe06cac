import base64
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders, MakeUser
from todo_api.pagination import InvalidCursorError, decode_cursor, encode_cursor

NEXT = "X-Next-Cursor"


def _seed(client: TestClient, headers: AuthHeaders, count: int) -> list[int]:
    ids = []
    for i in range(count):
        response = client.post("/todos", json={"title": f"todo {i}", "done": i % 3 == 0}, headers=headers)
        assert response.status_code == 201
        ids.append(response.json()["id"])
    return ids


def _raw_cursor(obj: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode()


# --- offset paging -----------------------------------------------------------


def test_default_page_size_is_20(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    _seed(client, headers, 25)

    response = client.get("/todos", headers=headers)
    assert response.status_code == 200
    assert len(response.json()) == 20
    assert NEXT in response.headers


def test_limit_and_offset(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    ids = _seed(client, headers, 25)

    response = client.get("/todos", params={"limit": 10, "offset": 20}, headers=headers)
    assert [t["id"] for t in response.json()] == ids[20:]
    assert NEXT not in response.headers

    beyond = client.get("/todos", params={"offset": 500}, headers=headers)
    assert beyond.status_code == 200
    assert beyond.json() == []


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": -5},
        {"limit": "ten"},
        {"offset": -1},
        {"offset": 1_000_001},
    ],
)
def test_out_of_range_paging_is_422(
    client: TestClient, make_user: MakeUser, params: dict[str, Any]
) -> None:
    assert client.get("/todos", params=params, headers=make_user()).status_code == 422


def test_done_filter(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    _seed(client, headers, 9)

    done = client.get("/todos", params={"done": True}, headers=headers).json()
    assert len(done) == 3
    assert all(t["done"] for t in done)


# --- cursor paging -----------------------------------------------------------


def test_cursor_walks_every_todo_exactly_once(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    ids = _seed(client, headers, 25)

    seen: list[int] = []
    page_sizes: list[int] = []
    params: dict[str, Any] = {"limit": 7}
    while True:
        response = client.get("/todos", params=params, headers=headers)
        assert response.status_code == 200
        page = response.json()
        page_sizes.append(len(page))
        seen.extend(t["id"] for t in page)
        if NEXT not in response.headers:
            break
        params = {"limit": 7, "cursor": response.headers[NEXT]}

    assert seen == ids
    assert page_sizes == [7, 7, 7, 4]


def test_cursor_is_stable_when_earlier_items_are_deleted(
    client: TestClient, make_user: MakeUser
) -> None:
    headers = make_user()
    ids = _seed(client, headers, 6)

    first = client.get("/todos", params={"limit": 3}, headers=headers)
    client.delete(f"/todos/{ids[0]}", headers=headers)
    second = client.get("/todos", params={"limit": 3, "cursor": first.headers[NEXT]}, headers=headers)

    assert [t["id"] for t in second.json()] == ids[3:]


def test_cursor_never_crosses_users(client: TestClient, make_user: MakeUser) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    _seed(client, alice, 5)
    bob_ids = _seed(client, bob, 2)

    response = client.get("/todos", params={"cursor": encode_cursor(0)}, headers=bob)
    assert [t["id"] for t in response.json()] == bob_ids


def test_cursor_and_offset_together_is_422(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    response = client.get(
        "/todos", params={"cursor": encode_cursor(1), "offset": 3}, headers=headers
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "offset"]


@pytest.mark.parametrize(
    "cursor",
    [
        "!!!",
        "bm90LWpzb24",  # "not-json"
        _raw_cursor([1, 2]),
        _raw_cursor({"before": 3}),
        _raw_cursor({"after": -1}),
        _raw_cursor({"after": "3"}),
        _raw_cursor({"after": True}),
        _raw_cursor({"after": 2**70}),
        "x" * 201,
    ],
)
def test_malformed_cursor_is_422(client: TestClient, make_user: MakeUser, cursor: str) -> None:
    response = client.get("/todos", params={"cursor": cursor}, headers=make_user())
    assert response.status_code == 422


# --- cursor codec ------------------------------------------------------------


@pytest.mark.parametrize("last_id", [0, 1, 42, 2**63 - 1])
def test_cursor_round_trip(last_id: int) -> None:
    cursor = encode_cursor(last_id)
    assert "=" not in cursor
    assert decode_cursor(cursor) == last_id


def test_decode_rejects_garbage() -> None:
    with pytest.raises(InvalidCursorError):
        decode_cursor("%%%")
