import pytest
from fastapi.testclient import TestClient


def create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/posts", json={"title": title, "content": "Some text"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def test_anyone_can_list_posts(client: TestClient) -> None:
    response = client.get("/posts")
    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "limit": 10, "offset": 0}


def test_create_post(client: TestClient, make_user) -> None:
    headers = make_user()
    post = create_post(client, headers)
    assert post["id"] > 0
    assert post["title"] == "Hello"
    assert post["author"]["username"] == "alice"


def test_create_post_without_token_is_401(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "Hello", "content": "Some text"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {"content": "no title"},
        {"title": "", "content": "empty title"},
        {"title": "x" * 201, "content": "title too long"},
        {"title": 123, "content": "wrong type"},
    ],
)
def test_create_post_validation(client: TestClient, make_user, payload: dict) -> None:
    headers = make_user()
    assert client.post("/posts", json=payload, headers=headers).status_code == 422
    assert client.get("/posts").json()["total"] == 0


def test_read_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


def test_author_can_update(client: TestClient, make_user) -> None:
    headers = make_user()
    post = create_post(client, headers)
    response = client.patch(f"/posts/{post['id']}", json={"title": "Updated"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Updated"
    assert response.json()["content"] == "Some text"


def test_other_user_cannot_update_or_delete(client: TestClient, make_user) -> None:
    alice = make_user("alice")
    bob = make_user("bob")
    post = create_post(client, alice)

    assert client.patch(f"/posts/{post['id']}", json={"title": "Hacked"}, headers=bob).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=bob).status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == "Hello"


def test_update_missing_post_is_404(client: TestClient, make_user) -> None:
    headers = make_user()
    assert client.patch("/posts/999", json={"title": "x"}, headers=headers).status_code == 404


def test_delete_post(client: TestClient, make_user) -> None:
    headers = make_user()
    post = create_post(client, headers)
    response = client.delete(f"/posts/{post['id']}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_pagination(client: TestClient, make_user) -> None:
    headers = make_user()
    for i in range(5):
        create_post(client, headers, title=f"Post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 5
    # Newest first: Post 4, Post 3, Post 2, ... so offset 1 starts at Post 3.
    assert [p["title"] for p in page["items"]] == ["Post 3", "Post 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}])
def test_pagination_out_of_range_is_422(client: TestClient, params: dict) -> None:
    assert client.get("/posts", params=params).status_code == 422
