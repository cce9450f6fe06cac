from httpx import AsyncClient

Headers = dict[str, str]


async def make_post(client: AsyncClient, headers: Headers) -> int:
    res = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    return res.json()["id"]


class DescribeComments:
    async def it_adds_a_comment(self, client: AsyncClient, alice: Headers, bob: Headers) -> None:
        post_id = await make_post(client, alice)
        res = await client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=bob)
        assert res.status_code == 201
        assert res.json()["author"]["username"] == "bob"
        assert res.json()["post_id"] == post_id

    async def it_lists_comments_publicly(self, client: AsyncClient, alice: Headers) -> None:
        post_id = await make_post(client, alice)
        for text in ("one", "two", "three"):
            await client.post(f"/posts/{post_id}/comments", json={"content": text}, headers=alice)
        res = await client.get(f"/posts/{post_id}/comments", params={"limit": 2})
        assert res.status_code == 200
        assert res.json()["total"] == 3
        assert [c["content"] for c in res.json()["items"]] == ["one", "two"]

    async def it_404s_when_the_post_does_not_exist(self, client: AsyncClient, alice: Headers) -> None:
        res = await client.post("/posts/9999/comments", json={"content": "hello?"}, headers=alice)
        assert res.status_code == 404

    async def it_404s_listing_comments_of_a_missing_post(self, client: AsyncClient) -> None:
        res = await client.get("/posts/9999/comments")
        assert res.status_code == 404

    async def it_needs_a_token_to_comment(self, client: AsyncClient, alice: Headers) -> None:
        post_id = await make_post(client, alice)
        res = await client.post(f"/posts/{post_id}/comments", json={"content": "anon"})
        assert res.status_code == 401

    async def it_rejects_an_empty_comment(self, client: AsyncClient, alice: Headers) -> None:
        post_id = await make_post(client, alice)
        res = await client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=alice)
        assert res.status_code == 422

    async def it_only_lets_the_author_delete(
        self, client: AsyncClient, alice: Headers, bob: Headers
    ) -> None:
        post_id = await make_post(client, alice)
        created = await client.post(f"/posts/{post_id}/comments", json={"content": "x"}, headers=bob)
        comment_id = created.json()["id"]
        forbidden = await client.delete(f"/posts/{post_id}/comments/{comment_id}", headers=alice)
        assert forbidden.status_code == 403
        ok = await client.delete(f"/posts/{post_id}/comments/{comment_id}", headers=bob)
        assert ok.status_code == 204

    async def it_deletes_comments_with_their_post(self, client: AsyncClient, alice: Headers) -> None:
        post_id = await make_post(client, alice)
        await client.post(f"/posts/{post_id}/comments", json={"content": "x"}, headers=alice)
        await client.delete(f"/posts/{post_id}", headers=alice)
        res = await client.get(f"/posts/{post_id}/comments")
        assert res.status_code == 404
