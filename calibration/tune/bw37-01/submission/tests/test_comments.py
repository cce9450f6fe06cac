from fastapi.testclient import TestClient

from .conftest import AuthHeaders


def _post_id(client: TestClient, headers: AuthHeaders) -> int:
    response = client.post("/posts", json={"title": "On types", "content": "..."}, headers=headers)
    assert response.status_code == 201
    post_id: int = response.json()["id"]
    return post_id


def test_comment_and_list(client: TestClient, alice: AuthHeaders, bob: AuthHeaders) -> None:
    post_id = _post_id(client, alice)
    created = client.post(f"/posts/{post_id}/comments", json={"body": "Nice"}, headers=bob)
    assert created.status_code == 201
    assert created.json()["author_username"] == "bob"

    listed = client.get(f"/posts/{post_id}/comments")
    assert listed.status_code == 200
    assert [c["body"] for c in listed.json()] == ["Nice"]


def test_comment_on_missing_post_is_404(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post("/posts/4242/comments", json={"body": "hello?"}, headers=alice)
    assert response.status_code == 404


def test_comment_requires_token(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post_id(client, alice)
    assert client.post(f"/posts/{post_id}/comments", json={"body": "x"}).status_code == 401


def test_comment_validation(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post_id(client, alice)
    assert client.post(f"/posts/{post_id}/comments", json={}, headers=alice).status_code == 422
    assert client.post(f"/posts/{post_id}/comments", json={"body": ""}, headers=alice).status_code == 422
    assert client.get(f"/posts/{post_id}/comments").json() == []


def test_comment_pagination(client: TestClient, alice: AuthHeaders) -> None:
    post_id = _post_id(client, alice)
    for n in range(4):
        client.post(f"/posts/{post_id}/comments", json={"body": f"c{n}"}, headers=alice)
    page = client.get(f"/posts/{post_id}/comments", params={"limit": 2, "offset": 2}).json()
    assert [c["body"] for c in page] == ["c2", "c3"]
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 500}).status_code == 422
