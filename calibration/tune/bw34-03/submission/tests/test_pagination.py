import pytest


@pytest.fixture
def five_todos(auth_headers, create_todo):
    return [create_todo(auth_headers, title=f"todo {i}") for i in range(5)]


@pytest.mark.smoke
def test_default_page(client, auth_headers, five_todos):
    resp = client.get("/todos", headers=auth_headers)
    assert resp.status_code == 200
    body = resp.json()
    assert body["limit"] == 20
    assert body["offset"] == 0
    assert body["total"] == 5
    assert [t["id"] for t in body["items"]] == [t["id"] for t in five_todos]


def test_limit_and_offset(client, auth_headers, five_todos):
    body = client.get("/todos", params={"limit": 2, "offset": 2}, headers=auth_headers).json()
    assert [t["title"] for t in body["items"]] == ["todo 2", "todo 3"]
    assert body["total"] == 5


def test_offset_past_end_returns_empty_page(client, auth_headers, five_todos):
    body = client.get("/todos", params={"offset": 50}, headers=auth_headers).json()
    assert body["items"] == []
    assert body["total"] == 5


def test_filter_by_done(client, auth_headers, five_todos):
    client.patch(f"/todos/{five_todos[0]['id']}", json={"done": True}, headers=auth_headers)
    body = client.get("/todos", params={"done": True}, headers=auth_headers).json()
    assert body["total"] == 1
    assert body["items"][0]["id"] == five_todos[0]["id"]


@pytest.mark.boundary
@pytest.mark.parametrize("limit", [1, 100])
def test_limit_boundaries_accepted(client, auth_headers, limit):
    assert client.get("/todos", params={"limit": limit}, headers=auth_headers).status_code == 200


@pytest.mark.boundary
@pytest.mark.negative
@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}, {"offset": "x"}],
)
def test_out_of_range_pagination_returns_422(client, auth_headers, params):
    resp = client.get("/todos", params=params, headers=auth_headers)
    assert resp.status_code == 422
