from fastapi.testclient import TestClient


def create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/posts", json={"title": title, "content": "Body"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_create_post(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    assert post["id"] > 0
    assert post["title"] == "Hello"
    assert post["author"]["username"] == "alice"
    assert post["updatedAt"] is None


def test_create_post_requires_auth(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "Hello", "content": "Body"})

    assert response.status_code == 401


def test_create_post_validates_body(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/posts", json={"content": "no title"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"title": "", "content": "x"}, headers=alice).status_code == 422
    assert client.post("/posts", json={"title": 12, "content": "x"}, headers=alice).status_code == 422


def test_list_posts_is_public_and_paginated(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(5):
        create_post(client, alice, title=f"Post {i}")

    response = client.get("/posts", params={"limit": 2, "offset": 1})

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 5
    assert body["limit"] == 2 and body["offset"] == 1
    assert [p["title"] for p in body["items"]] == ["Post 3", "Post 2"]


def test_list_posts_rejects_bad_pagination(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422
    assert client.get("/posts", params={"limit": "ten"}).status_code == 422


def test_get_post(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    response = client.get(f"/posts/{post['id']}")

    assert response.status_code == 200
    assert response.json()["content"] == "Body"


def test_get_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_author_can_update_post(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)

    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "Body"
    assert response.json()["updatedAt"] is not None


def test_null_title_is_ignored_on_update(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    response = client.patch(f"/posts/{post['id']}", json={"title": None}, headers=alice)

    assert response.status_code == 200
    assert response.json()["title"] == "Hello"


def test_other_user_cannot_update_post(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    post = create_post(client, alice)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Hacked"}, headers=bob)

    assert response.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_missing_post_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.patch("/posts/999", json={"title": "x"}, headers=alice).status_code == 404


def test_other_user_cannot_delete_post(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    post = create_post(client, alice)

    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").status_code == 200


def test_author_can_delete_post(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    response = client.delete(f"/posts/{post['id']}", headers=alice)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_delete_requires_auth(client: TestClient, alice: dict[str, str]) -> None:
    post = create_post(client, alice)

    assert client.delete(f"/posts/{post['id']}").status_code == 401
