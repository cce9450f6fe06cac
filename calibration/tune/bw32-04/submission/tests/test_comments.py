import httpx
import pytest

pytestmark = pytest.mark.anyio


async def _post(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    return int(r.json()["id"])


async def test_comment_and_list(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    bob = await make_user("bob")
    post_id = await _post(client, alice)

    r = await client.post(f"/posts/{post_id}/comments", json={"body": "Nice"}, headers=bob)
    assert r.status_code == 201
    comment = r.json()
    assert comment["post_id"] == post_id and comment["author"]["username"] == "bob"

    r = await client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert [c["id"] for c in r.json()["items"]] == [comment["id"]]


async def test_comment_requires_auth(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post_id = await _post(client, alice)
    r = await client.post(f"/posts/{post_id}/comments", json={"body": "hi"})
    assert r.status_code == 401


async def test_comment_on_missing_post_is_404(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    r = await client.post("/posts/424242/comments", json={"body": "hi"}, headers=alice)
    assert r.status_code == 404
    assert (await client.get("/posts/424242/comments")).status_code == 404


@pytest.mark.parametrize("payload", [{}, {"body": ""}, {"body": "   "}, {"body": 5}, {"body": "x" * 5001}])
async def test_comment_validation(client: httpx.AsyncClient, make_user, payload: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post_id = await _post(client, alice)
    r = await client.post(f"/posts/{post_id}/comments", json=payload, headers=alice)
    assert r.status_code == 422
    assert (await client.get(f"/posts/{post_id}/comments")).json()["total"] == 0


async def test_comments_removed_with_post(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post_id = await _post(client, alice)
    await client.post(f"/posts/{post_id}/comments", json={"body": "hi"}, headers=alice)
    assert (await client.delete(f"/posts/{post_id}", headers=alice)).status_code == 204

    from sqlalchemy import func, select

    from blogapi.database import SessionFactory
    from blogapi.models import Comment

    async with SessionFactory() as s:
        assert await s.scalar(select(func.count()).select_from(Comment)) == 0


async def test_comment_pagination_bounds(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post_id = await _post(client, alice)
    assert (await client.get(f"/posts/{post_id}/comments", params={"limit": 500})).status_code == 422
