from fastapi.testclient import TestClient


def _create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_and_get_post(client: TestClient, alice: dict[str, str]) -> None:
    post = _create_post(client, alice)
    assert post["author"]["username"] == "alice"
    assert post["comments"] == []

    response = client.get(f"/posts/{post['id']}")
    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_create_post_requires_auth(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401


def test_create_post_validation(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/posts", json={"title": "", "content": "c"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"content": "c"}, headers=alice).status_code == 422


def test_get_missing_post(client: TestClient) -> None:
    assert client.get("/posts/404").status_code == 404


def test_list_posts_paginates(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(3):
        _create_post(client, alice, title=f"Post {i}")
    response = client.get("/posts", params={"limit": 2})
    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["Post 2", "Post 1"]
    response = client.get("/posts", params={"limit": 2, "offset": 2})
    assert [p["title"] for p in response.json()] == ["Post 0"]


def test_list_posts_rejects_bad_pagination(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 51}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_only_author_can_edit_or_delete(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    post = _create_post(client, alice)
    url = f"/posts/{post['id']}"

    assert client.put(url, json={"title": "Mine now", "content": "x"}, headers=bob).status_code == 403
    assert client.delete(url, headers=bob).status_code == 403

    response = client.put(url, json={"title": "Edited", "content": "x"}, headers=alice)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"

    assert client.delete(url, headers=alice).status_code == 204
    assert client.get(url).status_code == 404


def test_edit_missing_post(client: TestClient, alice: dict[str, str]) -> None:
    assert client.put("/posts/999", json={"title": "t", "content": "c"}, headers=alice).status_code == 404
    assert client.delete("/posts/999", headers=alice).status_code == 404
