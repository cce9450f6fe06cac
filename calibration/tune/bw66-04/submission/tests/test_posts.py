from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog_api.deps import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from blog_api.models import Comment, Post, User

Headers = dict[str, str]


class TestCreate:
    def test_201_with_author_and_id(self, client: TestClient, author_headers: Headers) -> None:
        resp = client.post(
            "/posts", json={"title": "Hello", "content": "First!"}, headers=author_headers
        )

        assert resp.status_code == 201
        body = resp.json()
        assert isinstance(body["id"], int)
        assert body["author"]["username"] == "author"
        assert body["comment_count"] == 0

    def test_requires_login(self, client: TestClient, db: Session) -> None:
        resp = client.post("/posts", json={"title": "Hello", "content": "First!"})

        assert resp.status_code == 401
        assert db.scalar(select(func.count(Post.id))) == 0

    @pytest.mark.parametrize(
        "payload",
        [
            {},
            {"title": "no content"},
            {"content": "no title"},
            {"title": "", "content": "x"},
            {"title": "   ", "content": "x"},
            {"title": "x" * 201, "content": "x"},
            {"title": "x", "content": ""},
            {"title": None, "content": "x"},
            {"title": 7, "content": "x"},
        ],
        ids=[
            "empty",
            "missing-content",
            "missing-title",
            "empty-title",
            "blank-title",
            "long-title",
            "empty-content",
            "null-title",
            "int-title",
        ],
    )
    def test_invalid_422_and_not_stored(
        self, client: TestClient, db: Session, author_headers: Headers, payload: dict
    ) -> None:
        resp = client.post("/posts", json=payload, headers=author_headers)

        assert resp.status_code == 422
        assert db.scalar(select(func.count(Post.id))) == 0


class TestRead:
    def test_anyone_can_read(self, client: TestClient, post: Post) -> None:
        resp = client.get(f"/posts/{post.id}")

        assert resp.status_code == 200
        assert resp.json()["title"] == "Original title"

    def test_missing_404(self, client: TestClient) -> None:
        assert client.get("/posts/31337").status_code == 404

    def test_non_int_id_422(self, client: TestClient) -> None:
        assert client.get("/posts/first-post").status_code == 422

    def test_comment_count(self, client: TestClient, post: Post, comment_factory) -> None:
        comment_factory.create_batch(3, post=post)

        assert client.get(f"/posts/{post.id}").json()["comment_count"] == 3


class TestList:
    def test_newest_first(self, client: TestClient, post_factory) -> None:
        older, newer = post_factory(), post_factory()

        ids = [p["id"] for p in client.get("/posts").json()]

        assert ids == [newer.id, older.id]

    def test_default_page(self, client: TestClient, post_factory) -> None:
        post_factory.create_batch(DEFAULT_PAGE_SIZE + 3)

        assert len(client.get("/posts").json()) == DEFAULT_PAGE_SIZE

    @pytest.mark.parametrize(
        ("limit", "offset", "expected"),
        [(1, 0, 1), (10, 20, 5), (MAX_PAGE_SIZE, 0, 25), (5, 25, 0), (5, 1000, 0)],
    )
    def test_limit_offset(
        self, client: TestClient, post_factory, limit: int, offset: int, expected: int
    ) -> None:
        post_factory.create_batch(25)

        resp = client.get("/posts", params={"limit": limit, "offset": offset})

        assert resp.status_code == 200
        assert len(resp.json()) == expected

    @pytest.mark.parametrize(
        "params",
        [
            {"limit": 0},
            {"limit": MAX_PAGE_SIZE + 1},
            {"limit": -1},
            {"offset": -1},
            {"limit": "all"},
            {"offset": "1.5"},
        ],
    )
    def test_out_of_range_422(self, client: TestClient, params: dict) -> None:
        assert client.get("/posts", params=params).status_code == 422

    def test_query_count_does_not_grow_with_page(
        self, client: TestClient, post_factory, comment_factory, count_queries: Callable
    ) -> None:
        for p in post_factory.create_batch(15):
            comment_factory.create_batch(2, post=p)
        before = len(count_queries())

        resp = client.get("/posts", params={"limit": 15})

        assert resp.status_code == 200
        assert all(p["comment_count"] == 2 for p in resp.json())
        assert len(count_queries()) - before == 1


class TestUpdate:
    @pytest.mark.parametrize(
        ("change", "expected_title", "expected_content"),
        [
            ({"title": "New"}, "New", "Original content"),
            ({"content": "New body"}, "Original title", "New body"),
            ({"title": "Both", "content": "Changed"}, "Both", "Changed"),
            ({}, "Original title", "Original content"),
        ],
        ids=["title", "content", "both", "noop"],
    )
    def test_author_can_edit(
        self,
        client: TestClient,
        post: Post,
        author_headers: Headers,
        change: dict,
        expected_title: str,
        expected_content: str,
    ) -> None:
        resp = client.patch(f"/posts/{post.id}", json=change, headers=author_headers)

        assert resp.status_code == 200
        assert resp.json()["title"] == expected_title
        assert resp.json()["content"] == expected_content

    def test_other_user_403_and_unchanged(
        self, client: TestClient, post: Post, reader_headers: Headers
    ) -> None:
        resp = client.patch(f"/posts/{post.id}", json={"title": "pwned"}, headers=reader_headers)

        assert resp.status_code == 403
        assert client.get(f"/posts/{post.id}").json()["title"] == "Original title"

    def test_anonymous_401(self, client: TestClient, post: Post) -> None:
        assert client.patch(f"/posts/{post.id}", json={"title": "x"}).status_code == 401

    def test_missing_404(self, client: TestClient, author_headers: Headers) -> None:
        resp = client.patch("/posts/999", json={"title": "x"}, headers=author_headers)

        assert resp.status_code == 404

    @pytest.mark.parametrize(
        "change",
        [{"title": None}, {"content": None}, {"title": ""}, {"title": "x" * 201}, {"content": []}],
        ids=["null-title", "null-content", "empty-title", "long-title", "list-content"],
    )
    def test_invalid_422(
        self, client: TestClient, post: Post, author_headers: Headers, change: dict
    ) -> None:
        resp = client.patch(f"/posts/{post.id}", json=change, headers=author_headers)

        assert resp.status_code == 422
        assert client.get(f"/posts/{post.id}").json()["title"] == "Original title"

    def test_author_id_cannot_be_changed(
        self, client: TestClient, post: Post, author: User, reader: User, author_headers: Headers
    ) -> None:
        resp = client.patch(
            f"/posts/{post.id}", json={"author_id": reader.id}, headers=author_headers
        )

        assert resp.status_code == 200
        assert resp.json()["author"]["id"] == author.id


class TestDelete:
    def test_author_can_delete_204(
        self, client: TestClient, post: Post, author_headers: Headers
    ) -> None:
        resp = client.delete(f"/posts/{post.id}", headers=author_headers)

        assert resp.status_code == 204
        assert resp.content == b""
        assert client.get(f"/posts/{post.id}").status_code == 404

    def test_comments_go_with_the_post(
        self, client: TestClient, db: Session, post: Post, comment_factory, author_headers: Headers
    ) -> None:
        comment_factory.create_batch(2, post=post)

        client.delete(f"/posts/{post.id}", headers=author_headers)

        assert db.scalar(select(func.count(Comment.id))) == 0

    def test_other_user_403(self, client: TestClient, post: Post, reader_headers: Headers) -> None:
        assert client.delete(f"/posts/{post.id}", headers=reader_headers).status_code == 403
        assert client.get(f"/posts/{post.id}").status_code == 200

    def test_anonymous_401(self, client: TestClient, post: Post) -> None:
        assert client.delete(f"/posts/{post.id}").status_code == 401

    def test_missing_404(self, client: TestClient, author_headers: Headers) -> None:
        assert client.delete("/posts/999", headers=author_headers).status_code == 404
