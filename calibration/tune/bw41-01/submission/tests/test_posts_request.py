from collections.abc import Callable

from fastapi.testclient import TestClient

AuthFactory = Callable[[str], dict[str, str]]


def publish(client: TestClient, headers: dict[str, str], title: str = "Hello World") -> dict:
    response = client.post("/posts", json={"title": title, "content": "First!"}, headers=headers)
    assert response.status_code == 201
    return response.json()


def test_index_is_public_and_paginated(client: TestClient, sign_in: AuthFactory) -> None:
    headers = sign_in("dhh")
    for n in range(3):
        publish(client, headers, title=f"Post {n}")

    response = client.get("/posts", params={"limit": 2})

    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["Post 2", "Post 1"]


def test_index_rejects_out_of_range_pagination(client: TestClient) -> None:
    assert client.get("/posts", params={"limit": 0}).status_code == 422
    assert client.get("/posts", params={"limit": 101}).status_code == 422
    assert client.get("/posts", params={"offset": -1}).status_code == 422


def test_create_requires_login(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "Hi", "content": "There"})
    assert response.status_code == 401


def test_create_sets_slug_and_author(client: TestClient, sign_in: AuthFactory) -> None:
    post = publish(client, sign_in("dhh"), title="Rails Is Omakase")

    assert post["id"] > 0
    assert post["slug"] == "rails-is-omakase"
    assert post["author_name"] == "dhh"
    assert post["comments_count"] == 0


def test_create_validates_params(client: TestClient, sign_in: AuthFactory) -> None:
    response = client.post("/posts", json={"content": "no title"}, headers=sign_in("dhh"))
    assert response.status_code == 422


def test_show_missing_post(client: TestClient) -> None:
    response = client.get("/posts/999")
    assert response.status_code == 404


def test_author_can_update(client: TestClient, sign_in: AuthFactory) -> None:
    headers = sign_in("dhh")
    post = publish(client, headers)

    response = client.patch(f"/posts/{post['id']}", json={"title": "Goodbye World"}, headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Goodbye World"
    assert response.json()["slug"] == "goodbye-world"
    assert response.json()["content"] == "First!"


def test_other_user_cannot_update_or_destroy(client: TestClient, sign_in: AuthFactory) -> None:
    post = publish(client, sign_in("dhh"))
    intruder = sign_in("tenderlove")

    assert client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=intruder).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=intruder).status_code == 403


def test_author_can_destroy(client: TestClient, sign_in: AuthFactory) -> None:
    headers = sign_in("dhh")
    post = publish(client, headers)

    response = client.delete(f"/posts/{post['id']}", headers=headers)

    assert response.status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404
