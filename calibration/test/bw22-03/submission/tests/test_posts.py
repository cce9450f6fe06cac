import pytest
from fastapi.testclient import TestClient

from .conftest import Headers


def test_create_and_read(client: TestClient, post: dict) -> None:
    assert post == {"id": post["id"], "title": "Hello", "content": "First post", "author": "alice"}
    assert client.get(f"/posts/{post['id']}").json() == post


def test_reads_are_public(client: TestClient, post: dict) -> None:
    assert client.get("/posts").status_code == 200
    assert client.get(f"/posts/{post['id']}").status_code == 200


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


@pytest.mark.parametrize(
    "body",
    [{}, {"title": "t"}, {"title": "", "content": "c"}, {"title": "t" * 201, "content": "c"}, {"title": 1, "content": "c"}],
)
def test_create_validation(client: TestClient, alice: Headers, body: dict) -> None:
    assert client.post("/posts", json=body, headers=alice).status_code == 422
    assert client.get("/posts").json() == []


def test_list_newest_first_and_paginated(client: TestClient, alice: Headers) -> None:
    ids = [
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice).json()["id"]
        for i in range(5)
    ]
    assert [p["id"] for p in client.get("/posts").json()] == ids[::-1]
    assert [p["id"] for p in client.get("/posts?limit=2&offset=1").json()] == ids[::-1][1:3]


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=x", f"offset={2**63}"])
def test_list_rejects_bad_paging(client: TestClient, query: str) -> None:
    assert client.get(f"/posts?{query}").status_code == 422


@pytest.mark.parametrize("post_id", ["999", "0", "abc", str(2**64)])
def test_missing_or_invalid_id(client: TestClient, post_id: str) -> None:
    assert client.get(f"/posts/{post_id}").status_code in (404, 422)


def test_missing_post_is_404(client: TestClient, alice: Headers) -> None:
    assert client.get("/posts/999").status_code == 404
    assert client.put("/posts/999", json={"title": "t", "content": "c"}, headers=alice).status_code == 404
    assert client.delete("/posts/999", headers=alice).status_code == 404


def test_author_can_replace(client: TestClient, alice: Headers, post: dict) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "New", "content": "Body"}, headers=alice)
    assert r.status_code == 200
    assert r.json() == {"id": post["id"], "title": "New", "content": "Body", "author": "alice"}
    assert client.get(f"/posts/{post['id']}").json() == r.json()


def test_replace_validation(client: TestClient, alice: Headers, post: dict) -> None:
    r = client.put(f"/posts/{post['id']}", json={"title": "only a title"}, headers=alice)
    assert r.status_code == 422


def test_non_author_cannot_edit_or_delete(client: TestClient, bob: Headers, post: dict) -> None:
    url = f"/posts/{post['id']}"
    assert client.put(url, json={"title": "x", "content": "y"}, headers=bob).status_code == 403
    assert client.delete(url, headers=bob).status_code == 403
    assert client.get(url).json() == post


def test_edit_requires_auth(client: TestClient, post: dict) -> None:
    url = f"/posts/{post['id']}"
    assert client.put(url, json={"title": "x", "content": "y"}).status_code == 401
    assert client.delete(url).status_code == 401


def test_delete(client: TestClient, alice: Headers, post: dict) -> None:
    r = client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
