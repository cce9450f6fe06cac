import pytest
from fastapi.testclient import TestClient

from tests.conftest import Login


def _post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:  # type: ignore[type-arg]
    r = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert r.status_code == 201
    return r.json()  # type: ignore[no-any-return]


def test_post_lifecycle(client: TestClient, login: Login) -> None:
    h = login("ann")
    post = _post(client, h)
    assert post["author_name"] == "ann" and post["comment_count"] == 0

    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"
    r = client.put(f"/posts/{post['id']}", json={"title": "Edited", "content": "New"}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "Edited"

    r = client.delete(f"/posts/{post['id']}", headers=h)
    assert r.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_writes_need_auth(client: TestClient, login: Login) -> None:
    post = _post(client, login("ann"))
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401
    assert client.put(f"/posts/{post['id']}", json={"title": "t", "content": "c"}).status_code == 401
    assert client.delete(f"/posts/{post['id']}").status_code == 401


def test_only_author_can_modify(client: TestClient, login: Login) -> None:
    post = _post(client, login("ann"))
    bob = login("bob")
    r = client.put(f"/posts/{post['id']}", json={"title": "x", "content": "y"}, headers=bob)
    assert r.status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_missing_post(client: TestClient, login: Login) -> None:
    h = login("ann")
    assert client.get("/posts/404").status_code == 404
    assert client.put("/posts/404", json={"title": "x", "content": "y"}, headers=h).status_code == 404
    assert client.delete("/posts/404", headers=h).status_code == 404


@pytest.mark.parametrize(
    "body", [{}, {"title": "only title"}, {"title": "", "content": "c"}, {"title": 1, "content": []}]
)
def test_post_validation(client: TestClient, login: Login, body: dict) -> None:  # type: ignore[type-arg]
    h = login("ann")
    assert client.post("/posts", json=body, headers=h).status_code == 422
    assert client.get("/posts").json() == []


def test_listing_is_paginated_newest_first(client: TestClient, login: Login) -> None:
    h = login("ann")
    for i in range(5):
        _post(client, h, title=f"p{i}")
    r = client.get("/posts", params={"limit": 2, "offset": 1})
    assert [p["title"] for p in r.json()] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -5}])
def test_pagination_bounds(client: TestClient, params: dict) -> None:  # type: ignore[type-arg]
    assert client.get("/posts", params=params).status_code == 422
