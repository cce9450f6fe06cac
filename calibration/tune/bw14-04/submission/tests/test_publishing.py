import pytest


class TestPosts:
    async def test_anyone_can_read(self, conn, post):
        resp = await conn.get(f"/posts/{post['id']}")
        assert resp.status_code == 200
        assert resp.json()["author"]["username"] == "jose"

    async def test_missing_post_is_404(self, conn):
        assert (await conn.get("/posts/999")).status_code == 404

    async def test_create_validates(self, conn, jose):
        for params in ({"title": "no body"}, {"title": "", "body": "x"}, {"title": 1, "body": "x"}):
            assert (await conn.post("/posts", json=params, headers=jose)).status_code == 422
        assert (await conn.get("/posts")).json()["total"] == 0

    async def test_author_can_edit(self, conn, jose, post):
        resp = await conn.patch(f"/posts/{post['id']}", json={"title": "Hi"}, headers=jose)
        assert resp.status_code == 200
        assert resp.json()["title"] == "Hi" and resp.json()["body"] == "First!"

    async def test_null_title_is_422(self, conn, jose, post):
        resp = await conn.patch(f"/posts/{post['id']}", json={"title": None}, headers=jose)
        assert resp.status_code == 422

    async def test_someone_else_cannot_edit_or_delete(self, conn, chris, post):
        resp = await conn.patch(f"/posts/{post['id']}", json={"title": "mine"}, headers=chris)
        assert resp.status_code == 403
        assert (await conn.delete(f"/posts/{post['id']}", headers=chris)).status_code == 403
        assert (await conn.get(f"/posts/{post['id']}")).json()["title"] == "Hello"

    async def test_edit_missing_post_is_404(self, conn, jose):
        resp = await conn.patch("/posts/999", json={"title": "x"}, headers=jose)
        assert resp.status_code == 404

    async def test_author_can_delete(self, conn, jose, chris, post):
        await conn.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=chris)
        resp = await conn.delete(f"/posts/{post['id']}", headers=jose)
        assert resp.status_code == 204 and resp.content == b""
        assert (await conn.get(f"/posts/{post['id']}")).status_code == 404
        assert (await conn.get(f"/posts/{post['id']}/comments")).status_code == 404


class TestPagination:
    async def test_newest_first_with_limit_and_offset(self, conn, jose):
        for i in range(5):
            await conn.post("/posts", json={"title": f"p{i}", "body": "."}, headers=jose)
        page = (await conn.get("/posts", params={"limit": 2, "offset": 1})).json()
        assert [p["title"] for p in page["data"]] == ["p3", "p2"]
        assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 1

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
    async def test_out_of_range_is_422(self, conn, params):
        assert (await conn.get("/posts", params=params)).status_code == 422


class TestComments:
    async def test_comment_and_list(self, conn, chris, post):
        resp = await conn.post(f"/posts/{post['id']}/comments", json={"body": "nice"}, headers=chris)
        assert resp.status_code == 201
        assert resp.json()["author"]["username"] == "chris"
        listing = (await conn.get(f"/posts/{post['id']}/comments")).json()
        assert [c["body"] for c in listing["data"]] == ["nice"]

    async def test_comment_on_missing_post_is_404(self, conn, chris):
        resp = await conn.post("/posts/999/comments", json={"body": "hello?"}, headers=chris)
        assert resp.status_code == 404

    async def test_comment_requires_auth(self, conn, post):
        resp = await conn.post(f"/posts/{post['id']}/comments", json={"body": "anon"})
        assert resp.status_code == 401

    async def test_empty_comment_is_422(self, conn, chris, post):
        resp = await conn.post(f"/posts/{post['id']}/comments", json={"body": "  "}, headers=chris)
        assert resp.status_code == 422
