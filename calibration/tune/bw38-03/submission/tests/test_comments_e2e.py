from fastapi.testclient import TestClient


def create_post(client: TestClient, headers: dict[str, str]) -> int:
    response = client.post("/posts", json={"title": "Hello", "content": "Body"}, headers=headers)
    assert response.status_code == 201
    return int(response.json()["id"])


def test_comment_on_post(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    post_id = create_post(client, alice)

    response = client.post(f"/posts/{post_id}/comments", json={"content": "Nice!"}, headers=bob)

    assert response.status_code == 201
    assert response.json()["postId"] == post_id
    assert response.json()["author"]["username"] == "bob"


def test_comment_requires_auth(client: TestClient, alice: dict[str, str]) -> None:
    post_id = create_post(client, alice)

    response = client.post(f"/posts/{post_id}/comments", json={"content": "Nice!"})

    assert response.status_code == 401


def test_comment_on_missing_post_is_404(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post("/posts/999/comments", json={"content": "Hello?"}, headers=alice)

    assert response.status_code == 404


def test_empty_comment_is_422(client: TestClient, alice: dict[str, str]) -> None:
    post_id = create_post(client, alice)

    response = client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice)

    assert response.status_code == 422


def test_list_comments_is_public(client: TestClient, alice: dict[str, str]) -> None:
    post_id = create_post(client, alice)
    for text in ("first", "second", "third"):
        client.post(f"/posts/{post_id}/comments", json={"content": text}, headers=alice)

    response = client.get(f"/posts/{post_id}/comments", params={"limit": 2})

    assert response.status_code == 200
    assert response.json()["total"] == 3
    assert [c["content"] for c in response.json()["items"]] == ["first", "second"]


def test_list_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_deleting_post_removes_its_comments(client: TestClient, alice: dict[str, str]) -> None:
    post_id = create_post(client, alice)
    client.post(f"/posts/{post_id}/comments", json={"content": "bye"}, headers=alice)

    assert client.delete(f"/posts/{post_id}", headers=alice).status_code == 204
    assert client.get(f"/posts/{post_id}/comments").status_code == 404
