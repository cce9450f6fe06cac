from collections.abc import Awaitable, Callable

from httpx import AsyncClient

ActingAs = Callable[[str], Awaitable[dict[str, str]]]

POST = {"title": "Hello world", "content": "My first post."}


class TestPosts:
    async def test_guests_can_list_and_read_posts(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        author = await acting_as("taylor")
        created = (await client.post("/api/v1/posts", json=POST, headers=author)).json()

        listing = await client.get("/api/v1/posts")
        single = await client.get(f"/api/v1/posts/{created['id']}")

        assert listing.status_code == 200
        assert listing.json()["total"] == 1
        assert listing.json()["data"][0]["author"]["username"] == "taylor"
        assert single.status_code == 200
        assert single.json()["title"] == "Hello world"

    async def test_guests_cannot_publish(self, client: AsyncClient) -> None:
        response = await client.post("/api/v1/posts", json=POST)

        assert response.status_code == 401

    async def test_a_user_can_publish(self, client: AsyncClient, acting_as: ActingAs) -> None:
        response = await client.post("/api/v1/posts", json=POST, headers=await acting_as("taylor"))

        assert response.status_code == 201
        assert response.json()["id"] > 0
        assert response.json()["author"]["username"] == "taylor"

    async def test_invalid_posts_are_rejected_and_not_stored(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        for payload in (
            {},
            {"title": "no content"},
            {"title": "   ", "content": "blank title"},
            {"title": "x" * 201, "content": "too long"},
            {"title": 42, "content": "wrong type"},
        ):
            response = await client.post("/api/v1/posts", json=payload, headers=headers)
            assert response.status_code == 422, payload

        assert (await client.get("/api/v1/posts")).json()["total"] == 0

    async def test_pagination_and_its_bounds(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        for i in range(3):
            await client.post(
                "/api/v1/posts", json={"title": f"post {i}", "content": "..."}, headers=headers
            )

        page = await client.get("/api/v1/posts?limit=2&offset=0")

        assert page.json()["total"] == 3
        assert [p["title"] for p in page.json()["data"]] == ["post 2", "post 1"]
        for query in ("limit=0", "limit=51", "offset=-1", "limit=abc"):
            assert (await client.get(f"/api/v1/posts?{query}")).status_code == 422, query

    async def test_missing_post_is_404(self, client: AsyncClient, acting_as: ActingAs) -> None:
        headers = await acting_as("taylor")

        assert (await client.get("/api/v1/posts/999")).status_code == 404
        assert (
            await client.patch("/api/v1/posts/999", json={"title": "x"}, headers=headers)
        ).status_code == 404
        assert (await client.delete("/api/v1/posts/999", headers=headers)).status_code == 404

    async def test_the_author_can_edit_and_delete(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        post = (await client.post("/api/v1/posts", json=POST, headers=headers)).json()

        edited = await client.patch(
            f"/api/v1/posts/{post['id']}", json={"title": "Edited"}, headers=headers
        )
        deleted = await client.delete(f"/api/v1/posts/{post['id']}", headers=headers)

        assert edited.status_code == 200
        assert edited.json()["title"] == "Edited"
        assert edited.json()["content"] == POST["content"]
        assert deleted.status_code == 204
        assert (await client.get(f"/api/v1/posts/{post['id']}")).status_code == 404

    async def test_null_fields_cannot_be_patched(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        headers = await acting_as("taylor")
        post = (await client.post("/api/v1/posts", json=POST, headers=headers)).json()

        response = await client.patch(
            f"/api/v1/posts/{post['id']}", json={"title": None}, headers=headers
        )

        assert response.status_code == 422

    async def test_only_the_author_can_edit_or_delete(
        self, client: AsyncClient, acting_as: ActingAs
    ) -> None:
        post = (
            await client.post("/api/v1/posts", json=POST, headers=await acting_as("taylor"))
        ).json()
        intruder = await acting_as("jeffrey")

        edit = await client.patch(
            f"/api/v1/posts/{post['id']}", json={"title": "pwned"}, headers=intruder
        )
        delete = await client.delete(f"/api/v1/posts/{post['id']}", headers=intruder)

        assert edit.status_code == 403
        assert delete.status_code == 403
        assert (await client.get(f"/api/v1/posts/{post['id']}")).json()["title"] == "Hello world"
