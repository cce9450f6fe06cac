from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def _post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> int:
    r = client.post("/posts", json={"title": title, "content": "body"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_crud_happy_path(client: TestClient, login: Login) -> None:
    h = login("alice")
    pid = _post(client, h)
    r = client.get(f"/posts/{pid}")
    assert r.status_code == 200 and r.json()["author"]["username"] == "alice"
    r = client.patch(f"/posts/{pid}", json={"title": "Edited"}, headers=h)
    assert r.status_code == 200 and r.json()["title"] == "Edited"
    assert client.delete(f"/posts/{pid}", headers=h).status_code == 204
    assert client.get(f"/posts/{pid}").status_code == 404


def test_write_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_only_author_can_edit_or_delete(client: TestClient, login: Login) -> None:
    pid = _post(client, login("alice"))
    mallory = login("mallory")
    assert client.patch(f"/posts/{pid}", json={"title": "x"}, headers=mallory).status_code == 403
    assert client.delete(f"/posts/{pid}", headers=mallory).status_code == 403


def test_missing_post_404(client: TestClient, login: Login) -> None:
    h = login("alice")
    assert client.get("/posts/999").status_code == 404
    assert client.patch("/posts/999", json={"title": "x"}, headers=h).status_code == 404
    assert client.post("/posts/999/comments", json={"body": "hi"}, headers=h).status_code == 404


@pytest.mark.parametrize("payload", [{}, {"title": "", "content": "c"}, {"title": 1, "content": []}])
def test_invalid_post_422(client: TestClient, login: Login, payload: dict) -> None:
    assert client.post("/posts", json=payload, headers=login("alice")).status_code == 422


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "sort=random"])
def test_paging_bounds(client: TestClient, query: str) -> None:
    assert client.get(f"/posts?{query}").status_code == 422


def test_listing_counts_and_pages(client: TestClient, login: Login) -> None:
    h = login("alice")
    ids = [_post(client, h, f"p{i}") for i in range(3)]
    client.post(f"/posts/{ids[0]}/comments", json={"body": "first"}, headers=h)
    client.post(f"/posts/{ids[0]}/comments", json={"body": "second"}, headers=h)
    r = client.get("/posts?limit=2&sort=oldest").json()
    assert r["total"] == 3 and len(r["items"]) == 2
    assert r["items"][0]["id"] == ids[0] and r["items"][0]["comment_count"] == 2
    c = client.get(f"/posts/{ids[0]}/comments?limit=1&offset=1").json()
    assert c["total"] == 2 and c["items"][0]["body"] == "second"


def test_delete_cascades_comments(client: TestClient, login: Login) -> None:
    h = login("alice")
    pid = _post(client, h)
    client.post(f"/posts/{pid}/comments", json={"body": "hi"}, headers=h)
    client.delete(f"/posts/{pid}", headers=h)
    assert client.get(f"/posts/{pid}/comments").status_code == 404
