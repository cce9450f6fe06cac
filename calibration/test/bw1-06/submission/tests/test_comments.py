from fastapi.testclient import TestClient


def test_comment_flow(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]

    response = client.post(f"/posts/{post_id}/comments", json={"content": "First!"}, headers=bob)
    assert response.status_code == 201
    assert response.json()["author"]["username"] == "bob"

    response = client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    assert [c["content"] for c in response.json()] == ["First!"]

    # the post itself embeds its comments
    assert client.get(f"/posts/{post_id}").json()["comments"][0]["content"] == "First!"


def test_comment_needs_auth(client: TestClient, alice: dict[str, str]) -> None:
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": "hi"}).status_code == 401


def test_comment_on_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/posts/12345/comments", json={"content": "hi"}, headers=alice).status_code == 404
    assert client.get("/posts/12345/comments").status_code == 404


def test_empty_comment_rejected(client: TestClient, alice: dict[str, str]) -> None:
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=alice).json()["id"]
    assert client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice).status_code == 422
