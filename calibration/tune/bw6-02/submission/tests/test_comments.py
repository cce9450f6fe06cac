from fastapi.testclient import TestClient


def test_comment_on_post(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    r = client.post(f"/posts/{post_id}/comments", json={"body": "Great read"}, headers=bob)
    assert r.status_code == 201
    body = r.json()
    assert body["author_username"] == "bob"
    assert body["post_id"] == post_id

    post = client.get(f"/posts/{post_id}").json()
    assert post["comment_count"] == 1


def test_comment_requires_auth(client: TestClient, post_id: int) -> None:
    r = client.post(f"/posts/{post_id}/comments", json={"body": "anon"})
    assert r.status_code == 401


def test_comment_on_missing_post(client: TestClient, bob: dict[str, str]) -> None:
    r = client.post("/posts/999/comments", json={"body": "hello?"}, headers=bob)
    assert r.status_code == 404


def test_comment_validation(client: TestClient, bob: dict[str, str], post_id: int) -> None:
    for payload in [{}, {"body": ""}, {"body": "   "}, {"body": "x" * 5001}]:
        r = client.post(f"/posts/{post_id}/comments", json=payload, headers=bob)
        assert r.status_code == 422, payload


def test_list_comments_is_public(client: TestClient, alice: dict[str, str], bob: dict[str, str], post_id: int) -> None:
    client.post(f"/posts/{post_id}/comments", json={"body": "one"}, headers=bob)
    client.post(f"/posts/{post_id}/comments", json={"body": "two"}, headers=alice)
    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["body"] for c in r.json()["items"]] == ["one", "two"]
    assert r.json()["total"] == 2


def test_list_comments_missing_post(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_list_comments_bounds(client: TestClient, post_id: int) -> None:
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 1000}).status_code == 422


def test_stranger_cannot_delete_comment(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], make_user, post_id: int
) -> None:
    comment_id = client.post(f"/posts/{post_id}/comments", json={"body": "mine"}, headers=bob).json()["id"]
    carol = make_user("carol")
    assert client.delete(f"/posts/{post_id}/comments/{comment_id}", headers=carol).status_code == 403


def test_comment_author_and_post_author_can_delete(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], post_id: int
) -> None:
    first = client.post(f"/posts/{post_id}/comments", json={"body": "1"}, headers=bob).json()["id"]
    second = client.post(f"/posts/{post_id}/comments", json={"body": "2"}, headers=bob).json()["id"]
    assert client.delete(f"/posts/{post_id}/comments/{first}", headers=bob).status_code == 204
    assert client.delete(f"/posts/{post_id}/comments/{second}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").json()["total"] == 0


def test_delete_comment_wrong_post(client: TestClient, alice: dict[str, str], bob: dict[str, str], post_id: int) -> None:
    comment_id = client.post(f"/posts/{post_id}/comments", json={"body": "x"}, headers=bob).json()["id"]
    other = client.post("/posts", json={"title": "Other", "content": "y"}, headers=alice).json()["id"]
    r = client.delete(f"/posts/{other}/comments/{comment_id}", headers=bob)
    assert r.status_code == 404
