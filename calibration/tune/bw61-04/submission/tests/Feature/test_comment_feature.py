from collections.abc import Awaitable, Callable

from httpx import AsyncClient

ActingAs = Callable[[str], Awaitable[dict[str, str]]]

POST = {"title": "Hello world", "content": "My first post."}


class TestComments:
    async def test_a_user_can_comment_and_anyone_can_read(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        author = await acting_as("taylor")
        reader = await acting_as("jeffrey")
        post = (await client.post("/api/v1/posts", json=POST, headers=author)).json()

        created = await client.post(
            f"/api/v1/posts/{post['id']}/comments", json={"body": "Nice one"}, headers=reader
        )
        listing = await client.get(f"/api/v1/posts/{post['id']}/comments")

        assert created.status_code == 201
        assert created.json()["author"]["username"] == "jeffrey"
        assert listing.status_code == 200
        assert listing.json()["total"] == 1
        assert listing.json()["data"][0]["body"] == "Nice one"

    async def test_guests_cannot_comment(self, client: AsyncClient, acting_as: ActingAs) -> None:
        post = (
            await client.post("/api/v1/posts", json=POST, headers=await acting_as("taylor"))
        ).json()

        response = await client.post(f"/api/v1/posts/{post['id']}/comments", json={"body": "hi"})

        assert response.status_code == 401

    async def test_commenting_on_a_missing_post_is_404(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")

        created = await client.post(
            "/api/v1/posts/999/comments", json={"body": "hello?"}, headers=headers
        )
        listing = await client.get("/api/v1/posts/999/comments")

        assert created.status_code == 404
        assert listing.status_code == 404

    async def test_empty_comments_are_rejected(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        post = (await client.post("/api/v1/posts", json=POST, headers=headers)).json()

        for payload in ({}, {"body": ""}, {"body": "   "}, {"body": None}):
            response = await client.post(
                f"/api/v1/posts/{post['id']}/comments", json=payload, headers=headers
            )
            assert response.status_code == 422, payload

    async def test_comments_are_paginated_and_removed_with_their_post(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        post = (await client.post("/api/v1/posts", json=POST, headers=headers)).json()
        for i in range(3):
            await client.post(
                f"/api/v1/posts/{post['id']}/comments", json={"body": f"c{i}"}, headers=headers
            )

        page = await client.get(f"/api/v1/posts/{post['id']}/comments?limit=2&offset=2")
        assert [c["body"] for c in page.json()["data"]] == ["c2"]
        assert page.json()["total"] == 3
        assert (
            await client.get(f"/api/v1/posts/{post['id']}/comments?limit=500")
        ).status_code == 422

        await client.delete(f"/api/v1/posts/{post['id']}", headers=headers)
        assert (await client.get(f"/api/v1/posts/{post['id']}/comments")).status_code == 404
