import pytest
from fastapi.testclient import TestClient

from app.models import User
from app.routers.todos import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE


@pytest.fixture()
def many_todos(todo_factory, alice: User) -> list:
    # a bit more than the max page, so we can check every boundary
    return todo_factory.create_batch(MAX_PAGE_SIZE + 5, owner=alice)


def test_default_page_size(client: TestClient, many_todos, alice_headers) -> None:
    resp = client.get("/todos", headers=alice_headers)

    assert resp.status_code == 200
    assert len(resp.json()) == DEFAULT_PAGE_SIZE


@pytest.mark.parametrize(
    ("limit", "offset", "expected_len"),
    [
        (1, 0, 1),
        (10, 0, 10),
        (MAX_PAGE_SIZE, 0, MAX_PAGE_SIZE),
        (MAX_PAGE_SIZE, MAX_PAGE_SIZE, 5),
        (10, MAX_PAGE_SIZE + 5, 0),
        (10, 10_000, 0),
    ],
)
def test_limit_and_offset(
    client: TestClient, many_todos, alice_headers, limit: int, offset: int, expected_len: int
) -> None:
    resp = client.get("/todos", params={"limit": limit, "offset": offset}, headers=alice_headers)

    assert resp.status_code == 200
    assert len(resp.json()) == expected_len


def test_pages_do_not_overlap_and_are_ordered(client: TestClient, many_todos, alice_headers) -> None:
    first = client.get("/todos", params={"limit": 5, "offset": 0}, headers=alice_headers).json()
    second = client.get("/todos", params={"limit": 5, "offset": 5}, headers=alice_headers).json()

    first_ids = [t["id"] for t in first]
    second_ids = [t["id"] for t in second]
    assert first_ids == sorted(first_ids)
    assert not set(first_ids) & set(second_ids)
    assert max(first_ids) < min(second_ids)


@pytest.mark.validation
@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"limit": 0}, id="limit-zero"),
        pytest.param({"limit": -1}, id="limit-negative"),
        pytest.param({"limit": MAX_PAGE_SIZE + 1}, id="limit-over-max"),
        pytest.param({"limit": "ten"}, id="limit-not-int"),
        pytest.param({"offset": -1}, id="offset-negative"),
        pytest.param({"offset": "x"}, id="offset-not-int"),
    ],
)
def test_out_of_range_pagination_is_422(
    client: TestClient, alice_headers, params: dict
) -> None:
    resp = client.get("/todos", params=params, headers=alice_headers)

    assert resp.status_code == 422


def test_empty_list_for_new_user(client: TestClient, alice_headers) -> None:
    resp = client.get("/todos", headers=alice_headers)

    assert resp.status_code == 200
    assert resp.json() == []
