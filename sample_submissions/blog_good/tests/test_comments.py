from __future__ import annotations

from fastapi.testclient import TestClient

Headers = dict[str, str]


def test_comment_thread(client: TestClient, alice: Headers, bob: Headers) -> None:
    post = client.post("/posts", json={"title": "Hi", "body": "."}, headers=alice).json()
    url = f"/posts/{post['id']}/comments"
    first = client.post(url, json={"body": "Nice post"}, headers=bob)
    assert first.status_code == 201
    assert first.json()["author"] == "bob"
    client.post(url, json={"body": "Thanks"}, headers=alice)
    page = client.get(url, params={"limit": 1, "offset": 1}).json()
    assert [c["body"] for c in page["items"]] == ["Thanks"]
    assert page["total"] == 2


def test_comments_need_login_and_an_existing_post(client: TestClient, alice: Headers) -> None:
    post = client.post("/posts", json={"title": "Hi", "body": "."}, headers=alice).json()
    url = f"/posts/{post['id']}/comments"
    assert client.post(url, json={"body": "anon"}).status_code == 401
    assert client.post(url, json={"body": ""}, headers=alice).status_code == 422
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=alice).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


def test_deleting_a_post_deletes_its_comments(client: TestClient, alice: Headers) -> None:
    post = client.post("/posts", json={"title": "Hi", "body": "."}, headers=alice).json()
    client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=alice)
    client.delete(f"/posts/{post['id']}", headers=alice)
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
