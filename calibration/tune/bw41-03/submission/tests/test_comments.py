from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .helpers import Headers

Login = Callable[[str], Headers]
MakePost = Callable[..., dict[str, Any]]


def test_comment_and_list(client: TestClient, login: Login, make_post: MakePost) -> None:
    post = make_post(login("ada"))
    headers = login("grace")

    created = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=headers)

    assert created.status_code == 201
    assert created.json()["post_id"] == post["id"]
    assert created.json()["author"]["username"] == "grace"

    listing = client.get(f"/posts/{post['id']}/comments")
    assert listing.status_code == 200
    assert listing.json()["total"] == 1
    assert listing.json()["items"] == [created.json()]


def test_commenting_requires_authentication(
    client: TestClient, login: Login, make_post: MakePost
) -> None:
    post = make_post(login("ada"))
    response = client.post(f"/posts/{post['id']}/comments", json={"body": "anonymous"})
    assert response.status_code == 401


def test_commenting_on_missing_post(client: TestClient, login: Login) -> None:
    response = client.post("/posts/999/comments", json={"body": "hello?"}, headers=login("ada"))
    assert response.status_code == 404


def test_listing_comments_of_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "  "}, {"body": ["a"]}])
def test_comment_validation(
    client: TestClient, login: Login, make_post: MakePost, payload: dict[str, object]
) -> None:
    headers = login("ada")
    post = make_post(headers)
    response = client.post(f"/posts/{post['id']}/comments", json=payload, headers=headers)
    assert response.status_code == 422


def test_comments_are_paginated(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)
    for i in range(3):
        client.post(f"/posts/{post['id']}/comments", json={"body": f"c{i}"}, headers=headers)

    page = client.get(f"/posts/{post['id']}/comments", params={"limit": 2, "offset": 1}).json()

    assert page["total"] == 3
    assert [c["body"] for c in page["items"]] == ["c1", "c2"]
    assert client.get(f"/posts/{post['id']}/comments", params={"limit": 500}).status_code == 422


def test_deleting_a_post_deletes_its_comments(
    client: TestClient, login: Login, make_post: MakePost
) -> None:
    headers = login("ada")
    post = make_post(headers)
    client.post(f"/posts/{post['id']}/comments", json={"body": "bye"}, headers=headers)

    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
