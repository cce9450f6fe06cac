from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from .conftest import API, AuthFactory

MakePost = Callable[..., dict[str, object]]


def test_create_post(client: TestClient, auth: AuthFactory) -> None:
    r = client.post(f"{API}/posts", json={"title": "First", "content": "Body"}, headers=auth())
    assert r.status_code == 201
    body = r.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "First"
    assert body["author"]["username"] == "alice"
    assert body["updated_at"] is None


def test_create_post_requires_auth(client: TestClient) -> None:
    r = client.post(f"{API}/posts", json={"title": "First", "content": "Body"})
    assert r.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {"content": "no title"},
        {"title": "no content"},
        {"title": "", "content": "x"},
        {"title": "x" * 201, "content": "x"},
        {"title": ["list"], "content": "x"},
        {"title": "nul\x00", "content": "x"},
        {"title": "x", "content": "x", "author_id": 2},
    ],
)
def test_create_post_validation(client: TestClient, auth: AuthFactory, payload: dict[str, object]) -> None:
    headers = auth()
    assert client.post(f"{API}/posts", json=payload, headers=headers).status_code == 422
    assert client.get(f"{API}/posts").json()["total"] == 0


def test_list_posts_public_newest_first_paginated(
    client: TestClient, auth: AuthFactory, make_post: MakePost
) -> None:
    headers = auth()
    ids = [make_post(headers, title=f"post {i}")["id"] for i in range(5)]

    r = client.get(f"{API}/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    body = r.json()
    assert [p["id"] for p in body["items"]] == [ids[3], ids[2]]
    assert (body["total"], body["limit"], body["offset"]) == (5, 2, 1)


def test_list_posts_default_page(client: TestClient) -> None:
    body = client.get(f"{API}/posts").json()
    assert (body["items"], body["limit"], body["offset"]) == ([], 20, 0)


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"offset": -1}, {"offset": 2**63}],
)
def test_list_posts_rejects_bad_pagination(client: TestClient, params: dict[str, object]) -> None:
    assert client.get(f"{API}/posts", params=params).status_code == 422


def test_get_post(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth())
    r = client.get(f"{API}/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json() == post


@pytest.mark.parametrize(("post_id", "expected"), [(999, 404), (0, 422), (2**63, 422), ("abc", 422)])
def test_get_post_missing_or_bad_id(client: TestClient, post_id: object, expected: int) -> None:
    assert client.get(f"{API}/posts/{post_id}").status_code == expected


def test_author_can_patch(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    headers = auth()
    post = make_post(headers)
    r = client.patch(f"{API}/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
    assert r.status_code == 200
    body = r.json()
    assert (body["title"], body["content"]) == ("Edited", "World")
    assert body["updated_at"] is not None


def test_non_author_cannot_patch(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth("alice"))
    r = client.patch(f"{API}/posts/{post['id']}", json={"title": "Hijacked"}, headers=auth("bob"))
    assert r.status_code == 403
    assert client.get(f"{API}/posts/{post['id']}").json()["title"] == "Hello"


@pytest.mark.parametrize("payload", [{}, {"title": None}, {"title": ""}, {"author_id": 2}])
def test_patch_validation(
    client: TestClient, auth: AuthFactory, make_post: MakePost, payload: dict[str, object]
) -> None:
    headers = auth()
    post = make_post(headers)
    assert client.patch(f"{API}/posts/{post['id']}", json=payload, headers=headers).status_code == 422


def test_patch_missing_post(client: TestClient, auth: AuthFactory) -> None:
    r = client.patch(f"{API}/posts/999", json={"title": "x"}, headers=auth())
    assert r.status_code == 404


def test_patch_requires_auth(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth())
    assert client.patch(f"{API}/posts/{post['id']}", json={"title": "x"}).status_code == 401


def test_author_can_delete(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    headers = auth()
    post = make_post(headers)
    r = client.delete(f"{API}/posts/{post['id']}", headers=headers)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"{API}/posts/{post['id']}").status_code == 404
    assert client.delete(f"{API}/posts/{post['id']}", headers=headers).status_code == 404


def test_non_author_cannot_delete(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth("alice"))
    assert client.delete(f"{API}/posts/{post['id']}", headers=auth("bob")).status_code == 403
    assert client.get(f"{API}/posts/{post['id']}").status_code == 200


def test_delete_requires_auth(client: TestClient, auth: AuthFactory, make_post: MakePost) -> None:
    post = make_post(auth())
    assert client.delete(f"{API}/posts/{post['id']}").status_code == 401
