import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Login

POST = {"title": "TDD by Example", "content": "Red, green, refactor."}


def test_publish_answers_201_with_the_post(client: TestClient, login: Login) -> None:
    resp = client.post("/posts", json=POST, headers=login("kent"))
    assert resp.status_code == 201
    assert resp.json() == {"id": 1, "author": "kent", **POST}


def test_anyone_can_read(client: TestClient, login: Login) -> None:
    post_id = client.post("/posts", json=POST, headers=login("kent")).json()["id"]
    assert client.get(f"/posts/{post_id}").status_code == 200
    assert client.get("/posts").json()[0]["id"] == post_id


def test_missing_post_answers_404(client: TestClient) -> None:
    resp = client.get("/posts/999")
    assert resp.status_code == 404
    assert resp.json() == {"detail": "Post not found"}


def test_non_integer_id_answers_422(client: TestClient) -> None:
    assert client.get("/posts/abc").status_code == 422


@pytest.mark.parametrize(
    "body",
    [
        {"title": "", "content": "c"},
        {"title": "t", "content": ""},
        {"title": "t" * 201, "content": "c"},
        {"content": "c"},
        {"title": 1, "content": "c"},
        {"title": "t", "content": "c", "author": "someone-else"},
    ],
)
def test_publish_rejects_invalid_bodies(client: TestClient, login: Login, body: dict[str, object]) -> None:
    assert client.post("/posts", json=body, headers=login("kent")).status_code == 422


def test_list_is_paginated_newest_first(client: TestClient, login: Login) -> None:
    headers = login("kent")
    for i in range(5):
        client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=headers)
    resp = client.get("/posts", params={"limit": 2, "offset": 1})
    assert [p["title"] for p in resp.json()] == ["p3", "p2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}])
def test_list_rejects_bad_paging(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/posts", params=params).status_code == 422


def test_author_replaces_post(client: TestClient, login: Login) -> None:
    headers = login("kent")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    resp = client.put(f"/posts/{post_id}", json={"title": "2nd ed.", "content": "More."}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["title"] == "2nd ed."


def test_other_user_gets_403(client: TestClient, login: Login) -> None:
    post_id = client.post("/posts", json=POST, headers=login("kent")).json()["id"]
    martin = login("martin")
    assert client.put(f"/posts/{post_id}", json=POST, headers=martin).status_code == 403
    assert client.delete(f"/posts/{post_id}", headers=martin).status_code == 403


def test_update_or_delete_missing_post_answers_404(client: TestClient, login: Login) -> None:
    headers = login("kent")
    assert client.put("/posts/999", json=POST, headers=headers).status_code == 404
    assert client.delete("/posts/999", headers=headers).status_code == 404


def test_author_deletes_post(client: TestClient, login: Login) -> None:
    headers = login("kent")
    post_id = client.post("/posts", json=POST, headers=headers).json()["id"]
    resp = client.delete(f"/posts/{post_id}", headers=headers)
    assert resp.status_code == 204
    assert resp.content == b""
    assert client.get(f"/posts/{post_id}").status_code == 404
