import pytest
from fastapi.testclient import TestClient

from .conftest import Headers


def test_comment_and_list(client: TestClient, bob: Headers, post: dict) -> None:
    url = f"/posts/{post['id']}/comments"
    r = client.post(url, json={"body": "Nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json() == {"id": r.json()["id"], "post_id": post["id"], "author": "bob", "body": "Nice"}
    assert client.get(url).json() == [r.json()]


def test_comment_requires_auth(client: TestClient, post: dict) -> None:
    assert client.post(f"/posts/{post['id']}/comments", json={"body": "x"}).status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, alice: Headers) -> None:
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=alice).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "x" * 2001}, {"body": None}])
def test_comment_validation(client: TestClient, alice: Headers, post: dict, body: dict) -> None:
    r = client.post(f"/posts/{post['id']}/comments", json=body, headers=alice)
    assert r.status_code == 422


def test_comments_paginated(client: TestClient, alice: Headers, post: dict) -> None:
    url = f"/posts/{post['id']}/comments"
    for i in range(3):
        client.post(url, json={"body": f"c{i}"}, headers=alice)
    assert [c["body"] for c in client.get(f"{url}?limit=2&offset=1").json()] == ["c1", "c2"]
    assert client.get(f"{url}?limit=500").status_code == 422


def test_deleting_post_deletes_comments(client: TestClient, alice: Headers, post: dict) -> None:
    client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=alice)
    client.delete(f"/posts/{post['id']}", headers=alice)
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
