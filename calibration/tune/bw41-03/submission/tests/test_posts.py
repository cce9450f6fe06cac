from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .helpers import Headers

Login = Callable[[str], Headers]
MakePost = Callable[..., dict[str, Any]]


def test_list_is_public_and_initially_empty(client: TestClient) -> None:
    response = client.get("/posts")
    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_create_requires_authentication(client: TestClient) -> None:
    response = client.post("/posts", json={"title": "Hi", "content": "there"})
    assert response.status_code == 401


def test_create_returns_201_with_id_and_author(
    client: TestClient, login: Login, make_post: MakePost
) -> None:
    post = make_post(login("ada"), title="First", content="Body")

    assert isinstance(post["id"], int)
    assert post["title"] == "First"
    assert post["author"]["username"] == "ada"
    assert client.get(f"/posts/{post['id']}").json() == post


@pytest.mark.parametrize(
    "payload",
    [
        {"content": "no title"},
        {"title": "no content"},
        {"title": "", "content": "x"},
        {"title": "   ", "content": "x"},
        {"title": 5, "content": "x"},
        {"title": "x" * 201, "content": "x"},
        {"title": "x", "content": "x", "author_id": 2},
    ],
)
def test_create_rejects_invalid_payloads(
    client: TestClient, login: Login, payload: dict[str, object]
) -> None:
    headers = login("ada")
    assert client.post("/posts", json=payload, headers=headers).status_code == 422
    assert client.get("/posts").json()["total"] == 0


@pytest.mark.parametrize("post_id", ["999", "0", str(2**63)])
def test_read_missing_or_out_of_range_post(client: TestClient, post_id: str) -> None:
    status = client.get(f"/posts/{post_id}").status_code
    assert status == (404 if post_id == "999" else 422)


def test_read_post_with_non_integer_id(client: TestClient) -> None:
    assert client.get("/posts/abc").status_code == 422


def test_author_can_partially_update(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers, title="Before", content="Unchanged")

    response = client.patch(f"/posts/{post['id']}", json={"title": "After"}, headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "After"
    assert response.json()["content"] == "Unchanged"
    assert response.json()["updated_at"] >= post["updated_at"]


def test_update_rejects_null(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)
    response = client.patch(f"/posts/{post['id']}", json={"title": None}, headers=headers)
    assert response.status_code == 422


def test_non_author_cannot_update_or_delete(
    client: TestClient, login: Login, make_post: MakePost
) -> None:
    post = make_post(login("ada"))
    intruder = login("mallory")

    update = client.patch(f"/posts/{post['id']}", json={"title": "Mine now"}, headers=intruder)
    delete = client.delete(f"/posts/{post['id']}", headers=intruder)

    assert update.status_code == 403
    assert delete.status_code == 403
    assert client.get(f"/posts/{post['id']}").json()["title"] == post["title"]


def test_update_and_delete_require_authentication(
    client: TestClient, login: Login, make_post: MakePost
) -> None:
    post = make_post(login("ada"))
    assert client.patch(f"/posts/{post['id']}", json={"title": "x"}).status_code == 401
    assert client.delete(f"/posts/{post['id']}").status_code == 401


def test_update_missing_post(client: TestClient, login: Login) -> None:
    response = client.patch("/posts/999", json={"title": "x"}, headers=login("ada"))
    assert response.status_code == 404


def test_author_can_delete(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    post = make_post(headers)

    response = client.delete(f"/posts/{post['id']}", headers=headers)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/posts/{post['id']}").status_code == 404
    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 404


def test_pagination(client: TestClient, login: Login, make_post: MakePost) -> None:
    headers = login("ada")
    for i in range(5):
        make_post(headers, title=f"Post {i}")

    page = client.get("/posts", params={"limit": 2, "offset": 1}).json()

    assert page["total"] == 5
    assert [p["title"] for p in page["items"]] == ["Post 3", "Post 2"]

    oldest = client.get("/posts", params={"limit": 2, "order": "oldest"}).json()
    assert [p["title"] for p in oldest["items"]] == ["Post 0", "Post 1"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}, {"order": "random"}],
)
def test_pagination_rejects_out_of_range_values(
    client: TestClient, params: dict[str, object]
) -> None:
    assert client.get("/posts", params=params).status_code == 422
