from httpx import AsyncClient

Headers = dict[str, str]


async def create_post(client: AsyncClient, headers: Headers, title: str = "Hello") -> dict:
    res = await client.post("/posts", json={"title": title, "content": "Body text"}, headers=headers)
    assert res.status_code == 201, res.text
    return res.json()


class DescribeCreatePost:
    async def it_publishes_a_post(self, client: AsyncClient, alice: Headers) -> None:
        res = await client.post("/posts", json={"title": "Hi", "content": "First!"}, headers=alice)
        assert res.status_code == 201
        body = res.json()
        assert body["id"] > 0
        assert body["author"]["username"] == "alice"

    async def it_needs_a_token(self, client: AsyncClient) -> None:
        res = await client.post("/posts", json={"title": "Hi", "content": "First!"})
        assert res.status_code == 401

    async def it_rejects_a_missing_title(self, client: AsyncClient, alice: Headers) -> None:
        res = await client.post("/posts", json={"content": "no title"}, headers=alice)
        assert res.status_code == 422

    async def it_rejects_an_empty_title(self, client: AsyncClient, alice: Headers) -> None:
        res = await client.post("/posts", json={"title": "", "content": "x"}, headers=alice)
        assert res.status_code == 422


class DescribeListPosts:
    async def it_is_public_and_paginated(self, client: AsyncClient, alice: Headers) -> None:
        for i in range(3):
            await create_post(client, alice, title=f"post {i}")
        res = await client.get("/posts", params={"limit": 2, "offset": 0})
        assert res.status_code == 200
        body = res.json()
        assert body["total"] == 3
        assert len(body["items"]) == 2
        assert body["items"][0]["title"] == "post 2"  # newest first

    async def it_rejects_a_limit_above_the_max(self, client: AsyncClient) -> None:
        res = await client.get("/posts", params={"limit": 101})
        assert res.status_code == 422

    async def it_rejects_a_zero_limit(self, client: AsyncClient) -> None:
        res = await client.get("/posts", params={"limit": 0})
        assert res.status_code == 422

    async def it_rejects_a_negative_offset(self, client: AsyncClient) -> None:
        res = await client.get("/posts", params={"offset": -1})
        assert res.status_code == 422


class DescribeGetPost:
    async def it_returns_the_post(self, client: AsyncClient, alice: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.get(f"/posts/{post['id']}")
        assert res.status_code == 200
        assert res.json()["title"] == "Hello"

    async def it_404s_for_a_missing_post(self, client: AsyncClient) -> None:
        res = await client.get("/posts/9999")
        assert res.status_code == 404

    async def it_422s_for_a_non_numeric_id(self, client: AsyncClient) -> None:
        res = await client.get("/posts/abc")
        assert res.status_code == 422


class DescribeUpdatePost:
    async def it_lets_the_author_edit(self, client: AsyncClient, alice: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=alice)
        assert res.status_code == 200
        assert res.json()["title"] == "Edited"
        assert res.json()["content"] == "Body text"
        assert res.json()["updated_at"] is not None

    async def it_forbids_other_users(self, client: AsyncClient, alice: Headers, bob: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.patch(f"/posts/{post['id']}", json={"title": "Hacked"}, headers=bob)
        assert res.status_code == 403
        unchanged = await client.get(f"/posts/{post['id']}")
        assert unchanged.json()["title"] == "Hello"

    async def it_ignores_a_null_title(self, client: AsyncClient, alice: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.patch(f"/posts/{post['id']}", json={"title": None}, headers=alice)
        assert res.status_code == 200
        assert res.json()["title"] == "Hello"

    async def it_404s_for_a_missing_post(self, client: AsyncClient, alice: Headers) -> None:
        res = await client.patch("/posts/9999", json={"title": "x"}, headers=alice)
        assert res.status_code == 404


class DescribeDeletePost:
    async def it_lets_the_author_delete(self, client: AsyncClient, alice: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.delete(f"/posts/{post['id']}", headers=alice)
        assert res.status_code == 204
        assert res.content == b""
        gone = await client.get(f"/posts/{post['id']}")
        assert gone.status_code == 404

    async def it_forbids_other_users(self, client: AsyncClient, alice: Headers, bob: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.delete(f"/posts/{post['id']}", headers=bob)
        assert res.status_code == 403

    async def it_needs_a_token(self, client: AsyncClient, alice: Headers) -> None:
        post = await create_post(client, alice)
        res = await client.delete(f"/posts/{post['id']}")
        assert res.status_code == 401
