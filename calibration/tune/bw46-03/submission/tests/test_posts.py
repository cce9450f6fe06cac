from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def test_create_read_and_list(client: TestClient, auth: AuthHeaders) -> None:
    h = auth("alice")
    r = client.post("/posts", json={"title": "  Hello  ", "content": "World"}, headers=h)
    assert r.status_code == 201
    post = r.json()
    assert post["title"] == "Hello"
    assert post["author"]["username"] == "alice"
    assert isinstance(post["id"], int)

    assert client.get(f"/posts/{post['id']}").json() == post  # reads are public
    page = client.get("/posts").json()
    assert page["total"] == 1 and page["items"] == [post]
    assert page["limit"] == 20 and page["offset"] == 0


def test_create_requires_auth(client: TestClient) -> None:
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "t"},
        {"content": "c"},
        {"title": "   ", "content": "c"},
        {"title": "t", "content": ""},
        {"title": "t" * 201, "content": "c"},
        {"title": ["t"], "content": "c"},
        {"title": "t", "content": "c", "author_id": 2},
    ],
)
def test_create_rejects_invalid_body(
    client: TestClient, auth: AuthHeaders, body: dict[str, Any]
) -> None:
    assert client.post("/posts", json=body, headers=auth()).status_code == 422


@pytest.mark.parametrize("bad_id", ["0", "-1", "abc", str(2**70)])
def test_bad_post_ids_are_422(client: TestClient, bad_id: str) -> None:
    assert client.get(f"/posts/{bad_id}").status_code == 422


def test_missing_post_is_404(client: TestClient, auth: AuthHeaders) -> None:
    h = auth()
    assert client.get("/posts/12345").status_code == 404
    assert client.patch("/posts/12345", json={"title": "x"}, headers=h).status_code == 404
    assert client.delete("/posts/12345", headers=h).status_code == 404


def test_author_can_patch(client: TestClient, auth: AuthHeaders, post_id: int) -> None:
    r = client.patch(f"/posts/{post_id}", json={"title": "Renamed"}, headers=auth("alice"))
    assert r.status_code == 200
    assert r.json()["title"] == "Renamed"
    assert r.json()["content"] == "Hello"
    assert client.get(f"/posts/{post_id}").json()["title"] == "Renamed"


@pytest.mark.parametrize(
    "body", [{}, {"title": None}, {"content": ""}, {"author_id": 2}, {"title": 5}]
)
def test_patch_rejects_invalid_body(
    client: TestClient, auth: AuthHeaders, post_id: int, body: dict[str, Any]
) -> None:
    r = client.patch(f"/posts/{post_id}", json=body, headers=auth("alice"))
    assert r.status_code == 422
    assert client.get(f"/posts/{post_id}").json()["title"] == "First"


def test_only_author_may_edit_or_delete(
    client: TestClient, auth: AuthHeaders, post_id: int
) -> None:
    mallory = auth("mallory")
    r = client.patch(f"/posts/{post_id}", json={"title": "pwned"}, headers=mallory)
    assert r.status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=mallory).status_code == 403
    assert client.get(f"/posts/{post_id}").json()["title"] == "First"


def test_writes_without_token_are_401(client: TestClient, post_id: int) -> None:
    assert client.patch(f"/posts/{post_id}", json={"title": "x"}).status_code == 401
    assert client.delete(f"/posts/{post_id}").status_code == 401


def test_delete_removes_post_and_comments(client: TestClient, auth: AuthHeaders) -> None:
    h = auth("carol")
    pid = client.post("/posts", json={"title": "t", "content": "c"}, headers=h).json()["id"]
    client.post(f"/posts/{pid}/comments", json={"content": "hi"}, headers=h)
    r = client.delete(f"/posts/{pid}", headers=h)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{pid}").status_code == 404
    assert client.get(f"/posts/{pid}/comments").status_code == 404


def test_pagination(client: TestClient, auth: AuthHeaders) -> None:
    h = auth()
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=h)
    first = client.get("/posts", params={"limit": 2}).json()
    assert [p["title"] for p in first["items"]] == ["p4", "p3"]
    assert first["total"] == 5
    last = client.get("/posts", params={"limit": 2, "offset": 4}).json()
    assert [p["title"] for p in last["items"]] == ["p0"]
    assert client.get("/posts", params={"offset": 50}).json()["items"] == []


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}, {"offset": 2**70}]
)
def test_pagination_bounds(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/posts", params=params).status_code == 422
