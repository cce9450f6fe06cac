import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import Login


@pytest.fixture
def post_id(client: TestClient, login: Login) -> int:
    post_id: int = client.post("/posts", json={"title": "t", "content": "c"}, headers=login("kent")).json()["id"]
    return post_id


def test_comment_answers_201(client: TestClient, login: Login, post_id: int) -> None:
    resp = client.post(f"/posts/{post_id}/comments", json={"body": "Nice."}, headers=login("martin"))
    assert resp.status_code == 201
    assert resp.json() == {"id": 1, "post_id": post_id, "body": "Nice.", "author": "martin"}


def test_anyone_reads_comments(client: TestClient, login: Login, post_id: int) -> None:
    client.post(f"/posts/{post_id}/comments", json={"body": "Nice."}, headers=login("martin"))
    resp = client.get(f"/posts/{post_id}/comments")
    assert resp.status_code == 200
    assert [c["body"] for c in resp.json()] == ["Nice."]


def test_comment_needs_a_token(client: TestClient, post_id: int) -> None:
    assert client.post(f"/posts/{post_id}/comments", json={"body": "x"}).status_code == 401


def test_comment_on_missing_post_answers_404(client: TestClient, login: Login) -> None:
    assert client.post("/posts/999/comments", json={"body": "x"}, headers=login("martin")).status_code == 404
    assert client.get("/posts/999/comments").status_code == 404


@pytest.mark.parametrize("body", [{}, {"body": ""}, {"body": "x" * 2001}, {"body": None}])
def test_invalid_comment_answers_422(client: TestClient, login: Login, post_id: int, body: dict[str, object]) -> None:
    assert client.post(f"/posts/{post_id}/comments", json=body, headers=login("martin")).status_code == 422


def test_comment_paging_is_validated(client: TestClient, post_id: int) -> None:
    assert client.get(f"/posts/{post_id}/comments", params={"limit": 101}).status_code == 422
