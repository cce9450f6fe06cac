import pytest

from todo_api.config import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

pytestmark = pytest.mark.pagination


@pytest.fixture()
def twelve_todos(todo_factory):
    return [todo_factory(title=f"todo {i:02d}") for i in range(12)]


def test_default_page_size(client, auth_headers, twelve_todos):
    body = client.get("/todos", headers=auth_headers).json()
    assert body["limit"] == DEFAULT_PAGE_SIZE
    assert body["offset"] == 0
    assert body["total"] == 12
    assert len(body["items"]) == DEFAULT_PAGE_SIZE


@pytest.mark.parametrize(
    "limit,offset,expected_titles",
    [
        (5, 0, [f"todo {i:02d}" for i in range(0, 5)]),
        (5, 5, [f"todo {i:02d}" for i in range(5, 10)]),
        (5, 10, ["todo 10", "todo 11"]),
        (1, 11, ["todo 11"]),
        (50, 0, [f"todo {i:02d}" for i in range(12)]),
        (10, 12, []),
        (10, 500, []),
    ],
    ids=["first-page", "second-page", "last-partial-page", "last-item", "max-limit", "offset-at-end", "offset-past-end"],
)
def test_limit_offset_slices(client, auth_headers, twelve_todos, limit, offset, expected_titles):
    response = client.get("/todos", params={"limit": limit, "offset": offset}, headers=auth_headers)
    assert response.status_code == 200
    body = response.json()
    assert [t["title"] for t in body["items"]] == expected_titles
    assert body["total"] == 12


def test_pages_do_not_overlap(client, auth_headers, twelve_todos):
    seen = []
    for offset in range(0, 12, 4):
        items = client.get("/todos", params={"limit": 4, "offset": offset}, headers=auth_headers).json()["items"]
        seen.extend(t["id"] for t in items)
    assert len(seen) == len(set(seen)) == 12


@pytest.mark.boundary
@pytest.mark.parametrize(
    "limit,expected", [(1, 200), (MAX_PAGE_SIZE, 200), (0, 422), (MAX_PAGE_SIZE + 1, 422), (-5, 422)],
    ids=["min", "max", "min-1", "max+1", "negative"],
)
def test_limit_boundaries(client, auth_headers, limit, expected):
    response = client.get("/todos", params={"limit": limit}, headers=auth_headers)
    assert response.status_code == expected


@pytest.mark.negative
@pytest.mark.parametrize(
    "params",
    [{"offset": -1}, {"limit": "ten"}, {"offset": "zero"}, {"limit": 1.5}],
    ids=["negative-offset", "text-limit", "text-offset", "float-limit"],
)
def test_invalid_paging_params_return_422(client, auth_headers, params):
    response = client.get("/todos", params=params, headers=auth_headers)
    assert response.status_code == 422


def test_empty_list_for_new_user(client, auth_headers):
    body = client.get("/todos", headers=auth_headers).json()
    assert body == {"items": [], "total": 0, "limit": DEFAULT_PAGE_SIZE, "offset": 0}
