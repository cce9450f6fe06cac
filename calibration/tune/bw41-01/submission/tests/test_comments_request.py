from collections.abc import Callable

from fastapi.testclient import TestClient

AuthFactory = Callable[[str], dict[str, str]]


def test_commenting_on_a_missing_post(client: TestClient, sign_in: AuthFactory) -> None:
    response = client.post("/posts/42/comments", json={"body": "hello?"}, headers=sign_in("dhh"))
    assert response.status_code == 404


def test_commenting_requires_login(client: TestClient, sign_in: AuthFactory) -> None:
    post = client.post("/posts", json={"title": "T", "content": "C"}, headers=sign_in("dhh")).json()
    response = client.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
    assert response.status_code == 401


def test_comment_and_read_back(client: TestClient, sign_in: AuthFactory) -> None:
    post = client.post("/posts", json={"title": "T", "content": "C"}, headers=sign_in("dhh")).json()

    created = client.post(f"/posts/{post['id']}/comments", json={"body": "Nice post"}, headers=sign_in("matz"))
    assert created.status_code == 201
    assert created.json()["author_name"] == "matz"

    listing = client.get(f"/posts/{post['id']}/comments")
    assert listing.status_code == 200
    assert [c["body"] for c in listing.json()] == ["Nice post"]

    assert client.get(f"/posts/{post['id']}").json()["comments_count"] == 1
