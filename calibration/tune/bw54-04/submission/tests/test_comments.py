from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from .conftest import API, AuthFactory

MakePost = Callable[..., dict[str, object]]


def test_comment_and_list(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth("alice"))
    bob = auth("bob")
    url = f"{API}/posts/{post['id']}/comments"

    first = client.post(url, json={"body": "first!"}, headers=bob)
    second = client.post(url, json={"body": "second"}, headers=bob)
    assert first.status_code == second.status_code == 201
    assert first.json()["author"]["username"] == "bob"
    assert first.json()["post_id"] == post["id"]

    r = client.get(url)  # public
    assert r.status_code == 200
    assert [c["body"] for c in r.json()["items"]] == ["first!", "second"]

    r = client.get(url, params={"limit": 1, "offset": 1})
    assert [c["body"] for c in r.json()["items"]] == ["second"]
    assert r.json()["total"] == 2


def test_comment_on_missing_post(client: TestClient, auth: AuthFactory) -> None:
    r = client.post(f"{API}/posts/999/comments", json={"body": "hello?"}, headers=auth())
    assert r.status_code == 404


def test_list_comments_of_missing_post(client: TestClient) -> None:
    assert client.get(f"{API}/posts/999/comments").status_code == 404


def test_comment_requires_auth(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth())
    r = client.post(f"{API}/posts/{post['id']}/comments", json={"body": "anon"})
    assert r.status_code == 401


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "x" * 5001}, {"body": 42}])
def test_comment_validation(
    client: TestClient, auth: AuthFactory, make_post: MakePost, payload: dict[str, object]
) -> None:
    headers = auth()
    post = make_post(headers)
    url = f"{API}/posts/{post['id']}/comments"
    assert client.post(url, json=payload, headers=headers).status_code == 422
    assert client.get(url).json()["total"] == 0


def test_comments_pagination_bounds(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth())
    url = f"{API}/posts/{post['id']}/comments"
    assert client.get(url, params={"limit": 101}).status_code == 422
    assert client.get(url, params={"offset": -5}).status_code == 422


def test_deleting_post_removes_comments(
    client: TestClient, auth: AuthFactory, make_post: MakePost, repo
) -> None:
    headers = auth()
    post = make_post(headers)
    client.post(f"{API}/posts/{post['id']}/comments", json={"body": "hi"}, headers=headers)
    assert client.delete(f"{API}/posts/{post['id']}", headers=headers).status_code == 204
    assert repo.comments == {}
