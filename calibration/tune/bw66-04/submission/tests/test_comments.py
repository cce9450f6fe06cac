from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog_api.deps import DEFAULT_PAGE_SIZE
from blog_api.models import Comment, Post

Headers = dict[str, str]


class TestCreateComment:
    def test_201(self, client: TestClient, post: Post, reader_headers: Headers) -> None:
        resp = client.post(
            f"/posts/{post.id}/comments", json={"body": "Nice one"}, headers=reader_headers
        )

        assert resp.status_code == 201
        body = resp.json()
        assert isinstance(body["id"], int)
        assert body["post_id"] == post.id
        assert body["author"]["username"] == "reader"

    def test_author_may_comment_own_post(
        self, client: TestClient, post: Post, author_headers: Headers
    ) -> None:
        resp = client.post(
            f"/posts/{post.id}/comments", json={"body": "edit: typo"}, headers=author_headers
        )

        assert resp.status_code == 201

    def test_missing_post_404(self, client: TestClient, db: Session, reader_headers: Headers) -> None:
        resp = client.post("/posts/4242/comments", json={"body": "hello"}, headers=reader_headers)

        assert resp.status_code == 404
        assert db.scalar(select(func.count(Comment.id))) == 0

    def test_anonymous_401(self, client: TestClient, post: Post) -> None:
        assert client.post(f"/posts/{post.id}/comments", json={"body": "hi"}).status_code == 401

    @pytest.mark.parametrize(
        "payload",
        [{}, {"body": ""}, {"body": "   "}, {"body": "x" * 5001}, {"body": None}, {"body": 1}],
        ids=["missing", "empty", "blank", "too-long", "null", "int"],
    )
    def test_invalid_422(
        self, client: TestClient, db: Session, post: Post, reader_headers: Headers, payload: dict
    ) -> None:
        resp = client.post(f"/posts/{post.id}/comments", json=payload, headers=reader_headers)

        assert resp.status_code == 422
        assert db.scalar(select(func.count(Comment.id))) == 0


class TestListComments:
    def test_public_oldest_first(self, client: TestClient, post: Post, comment_factory) -> None:
        first = comment_factory(post=post, body="first")
        second = comment_factory(post=post, body="second")

        resp = client.get(f"/posts/{post.id}/comments")

        assert resp.status_code == 200
        assert [c["id"] for c in resp.json()] == [first.id, second.id]

    def test_only_this_posts_comments(
        self, client: TestClient, post: Post, post_factory, comment_factory
    ) -> None:
        comment_factory.create_batch(2, post=post)
        comment_factory.create_batch(3, post=post_factory())

        assert len(client.get(f"/posts/{post.id}/comments").json()) == 2

    def test_missing_post_404(self, client: TestClient) -> None:
        assert client.get("/posts/4242/comments").status_code == 404

    def test_empty_list(self, client: TestClient, post: Post) -> None:
        assert client.get(f"/posts/{post.id}/comments").json() == []

    def test_paginated(self, client: TestClient, post: Post, comment_factory) -> None:
        comment_factory.create_batch(DEFAULT_PAGE_SIZE + 4, post=post)

        default = client.get(f"/posts/{post.id}/comments").json()
        tail = client.get(f"/posts/{post.id}/comments", params={"offset": DEFAULT_PAGE_SIZE}).json()

        assert len(default) == DEFAULT_PAGE_SIZE
        assert len(tail) == 4

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -2}])
    def test_bad_pagination_422(self, client: TestClient, post: Post, params: dict) -> None:
        assert client.get(f"/posts/{post.id}/comments", params=params).status_code == 422

    def test_authors_loaded_in_the_same_query(
        self, client: TestClient, post: Post, comment_factory, count_queries: Callable
    ) -> None:
        comment_factory.create_batch(10, post=post)
        before = len(count_queries())

        client.get(f"/posts/{post.id}/comments")

        # one to check the post exists, one for the page of comments + authors
        assert len(count_queries()) - before == 2
