from collections.abc import Callable

from fastapi.testclient import TestClient

Register = Callable[..., dict[str, str]]


def _post(client: TestClient, headers: dict[str, str]) -> int:
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert response.status_code == 201
    return int(response.json()["id"])


def test_comment_flow(client: TestClient, register: Register) -> None:
    alice, bob = register("alice"), register("bob")
    post_id = _post(client, alice)

    response = client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=bob)
    assert response.status_code == 201
    comment = response.json()
    assert comment["author"]["username"] == "bob"
    assert comment["post_id"] == post_id

    listing = client.get(f"/posts/{post_id}/comments")
    assert listing.status_code == 200
    assert listing.json()["total"] == 1
    assert listing.json()["items"][0]["body"] == "nice"

    post = client.get(f"/posts/{post_id}").json()
    assert post["comment_count"] == 1
    assert post["comments"][0]["author"]["username"] == "bob"


def test_comment_errors(client: TestClient, register: Register) -> None:
    alice = register("alice")
    post_id = _post(client, alice)

    assert client.post(f"/posts/{post_id}/comments", json={"body": "anon"}).status_code == 401
    assert client.post("/posts/9999/comments", json={"body": "x"}, headers=alice).status_code == 404
    assert client.post(f"/posts/{post_id}/comments", json={"body": "   "}, headers=alice).status_code == 422
    assert client.post(f"/posts/{post_id}/comments", json={}, headers=alice).status_code == 422
    assert client.get("/posts/9999/comments").status_code == 404
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 1000}).status_code == 422
