from collections.abc import Callable

from fastapi.testclient import TestClient

MakeUser = Callable[[str], dict[str, str]]


def test_comment_flow(client: TestClient, make_user: MakeUser) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob"
    listed = client.get(f"/posts/{post_id}/comments").json()
    assert [c["content"] for c in listed] == ["nice"]
    assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1


def test_comment_requires_auth(client: TestClient, make_user: MakeUser) -> None:
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=make_user("alice")).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": "x"}).status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, make_user: MakeUser) -> None:
    r = client.post("/posts/4242/comments", json={"content": "x"}, headers=make_user("alice"))
    assert r.status_code == 404
    assert client.get("/posts/4242/comments").status_code == 404


def test_empty_comment_rejected(client: TestClient, make_user: MakeUser) -> None:
    alice = make_user("alice")
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice).status_code == 422
