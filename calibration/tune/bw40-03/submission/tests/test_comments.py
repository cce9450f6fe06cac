from collections.abc import Callable

from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]
MakePost = Callable[..., dict[str, object]]


def test_comment_roundtrip(client: TestClient, login: Login, make_post: MakePost) -> None:
    post = make_post(login("ada"))
    reader = login("grace")

    created = client.post(f"/posts/{post['id']}/comments", json={"content": "Nice!"}, headers=reader)
    listed = client.get(f"/posts/{post['id']}/comments")

    assert created.status_code == 201
    assert created.json()["author"]["username"] == "grace"
    assert created.json()["post_id"] == post["id"]
    assert listed.status_code == 200
    assert [c["content"] for c in listed.json()["data"]] == ["Nice!"]


def test_comment_on_missing_post_is_404(client: TestClient, login: Login) -> None:
    response = client.post("/posts/999/comments", json={"content": "hello?"}, headers=login("ada"))

    assert response.status_code == 404


def test_listing_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_comment_requires_token(client: TestClient, login: Login, make_post: MakePost) -> None:
    post = make_post(login("ada"))

    assert client.post(f"/posts/{post['id']}/comments", json={"content": "anon"}).status_code == 401


def test_empty_comment_is_422(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)

    response = client.post(f"/posts/{post['id']}/comments", json={"content": ""}, headers=headers)

    assert response.status_code == 422


def test_comments_are_paginated(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)
    for n in range(3):
        client.post(f"/posts/{post['id']}/comments", json={"content": f"c{n}"}, headers=headers)

    page = client.get(f"/posts/{post['id']}/comments", params={"limit": 2, "offset": 1})

    assert [c["content"] for c in page.json()["data"]] == ["c1", "c2"]


def test_deleting_a_post_removes_its_comments(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)
    client.post(f"/posts/{post['id']}/comments", json={"content": "bye"}, headers=headers)

    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
