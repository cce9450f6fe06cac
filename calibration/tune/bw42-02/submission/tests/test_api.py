from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog.app import create_app
from blog.config import Config

PASSWORD = "correct horse battery"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    cfg = Config(secret="test-secret", db_path=str(tmp_path / "t.db"), token_ttl=timedelta(minutes=5))
    with TestClient(create_app(cfg)) as c:
        yield c


def login(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def new_post(client: TestClient, headers: dict[str, str], title: str = "hello") -> dict:
    r = client.post("/posts", json={"title": title, "content": "world"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


# -- auth --------------------------------------------------------------------------

def test_signup_never_returns_the_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username"}


def test_duplicate_username_is_409(client: TestClient) -> None:
    login(client, "ada")
    r = client.post("/auth/signup", json={"username": "ada", "password": PASSWORD})
    assert r.status_code == 409


def test_wrong_password_is_401(client: TestClient) -> None:
    login(client, "ada")
    r = client.post("/auth/token", data={"username": "ada", "password": "nope-nope"})
    assert r.status_code == 401


def test_short_password_is_422(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "ada", "password": "x"})
    assert r.status_code == 422


# -- posts -------------------------------------------------------------------------

def test_anyone_can_read_posts(client: TestClient) -> None:
    post = new_post(client, login(client, "ada"))
    assert client.get("/posts").json()[0]["id"] == post["id"]
    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["author"] == "ada"


def test_writing_requires_a_token(client: TestClient) -> None:
    assert client.post("/posts", json={"title": "t", "content": "c"}).status_code == 401
    bad = {"Authorization": "Bearer not-a-jwt"}
    assert client.post("/posts", json={"title": "t", "content": "c"}, headers=bad).status_code == 401


def test_missing_title_is_422(client: TestClient) -> None:
    r = client.post("/posts", json={"content": "c"}, headers=login(client, "ada"))
    assert r.status_code == 422


def test_unknown_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999").status_code == 404


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_out_of_range_pagination_is_422(client: TestClient, query: str) -> None:
    assert client.get(f"/posts?{query}").status_code == 422


def test_pagination_returns_newest_first(client: TestClient) -> None:
    h = login(client, "ada")
    ids = [new_post(client, h, f"p{i}")["id"] for i in range(5)]
    page = client.get("/posts?limit=2&offset=1").json()
    assert [p["id"] for p in page] == list(reversed(ids))[1:3]


def test_author_can_edit_and_delete(client: TestClient) -> None:
    h = login(client, "ada")
    post = new_post(client, h)
    r = client.patch(f"/posts/{post['id']}", json={"title": "edited"}, headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "edited"
    assert r.json()["content"] == "world"
    assert client.delete(f"/posts/{post['id']}", headers=h).status_code == 204
    assert client.get(f"/posts/{post['id']}").status_code == 404


def test_stranger_cannot_edit_or_delete(client: TestClient) -> None:
    post = new_post(client, login(client, "ada"))
    eve = login(client, "eve")
    assert client.patch(f"/posts/{post['id']}", json={"title": "x"}, headers=eve).status_code == 403
    assert client.delete(f"/posts/{post['id']}", headers=eve).status_code == 403


# -- comments ----------------------------------------------------------------------

def test_comment_roundtrip(client: TestClient) -> None:
    h = login(client, "ada")
    post = new_post(client, h)
    r = client.post(f"/posts/{post['id']}/comments", json={"content": "nice"}, headers=h)
    assert r.status_code == 201
    listed = client.get(f"/posts/{post['id']}/comments").json()
    assert [c["content"] for c in listed] == ["nice"]


def test_comment_on_missing_post_is_404(client: TestClient) -> None:
    r = client.post("/posts/42/comments", json={"content": "hi"}, headers=login(client, "ada"))
    assert r.status_code == 404


def test_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/42/comments").status_code == 404


def test_empty_comment_is_422(client: TestClient) -> None:
    h = login(client, "ada")
    post = new_post(client, h)
    r = client.post(f"/posts/{post['id']}/comments", json={"content": ""}, headers=h)
    assert r.status_code == 422
