import pytest
from httpx import AsyncClient

from tests.conftest import API, MakePost, MakeUser


async def test_create_post_requires_token(client: AsyncClient) -> None:
    r = await client.post(f"{API}/posts", json={"title": "t", "content": "c"})

    assert r.status_code == 401


async def test_create_and_read_post(client: AsyncClient, make_user: MakeUser) -> None:
    headers = await make_user("ada")

    r = await client.post(f"{API}/posts", json={"title": "  Hello  ", "content": "World"}, headers=headers)

    assert r.status_code == 201
    created = r.json()
    assert created["title"] == "Hello"
    assert created["author"]["username"] == "ada"
    assert created["comment_count"] == 0

    r = await client.get(f"{API}/posts/{created['id']}")
    assert r.status_code == 200
    assert r.json() == created


@pytest.mark.parametrize(
    "payload",
    [
        {"title": "only a title"},
        {"content": "only content"},
        {"title": "", "content": "c"},
        {"title": "   ", "content": "c"},
        {"title": "t" * 201, "content": "c"},
        {"title": ["not", "a", "string"], "content": "c"},
        {"title": "t", "content": "c", "author_id": 99},
    ],
)
async def test_invalid_post_is_422_and_not_stored(
    client: AsyncClient, make_user: MakeUser, payload: dict[str, object]
) -> None:
    headers = await make_user("ada")

    r = await client.post(f"{API}/posts", json=payload, headers=headers)

    assert r.status_code == 422
    assert (await client.get(f"{API}/posts")).json()["total"] == 0


async def test_list_posts_is_paginated_newest_first(
    client: AsyncClient, make_user: MakeUser, make_post: MakePost
) -> None:
    headers = await make_user("ada")
    for i in range(3):
        await make_post(headers, title=f"post {i}")

    first = (await client.get(f"{API}/posts", params={"limit": 2})).json()
    second = (await client.get(f"{API}/posts", params={"limit": 2, "offset": 2})).json()

    assert first["total"] == 3
    assert [p["title"] for p in first["items"]] == ["post 2", "post 1"]
    assert [p["title"] for p in second["items"]] == ["post 0"]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": "ten"}, {"offset": -1}, {"offset": 10_001}],
)
async def test_list_posts_rejects_out_of_range_pagination(client: AsyncClient, params: dict[str, object]) -> None:
    r = await client.get(f"{API}/posts", params=params)

    assert r.status_code == 422


async def test_list_shows_comment_counts(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    headers = await make_user("ada")
    busy = await make_post(headers, title="busy")
    await make_post(headers, title="quiet")
    for _ in range(2):
        await client.post(f"{API}/posts/{busy['id']}/comments", json={"content": "hi"}, headers=headers)

    items = (await client.get(f"{API}/posts")).json()["items"]

    assert {p["title"]: p["comment_count"] for p in items} == {"busy": 2, "quiet": 0}


async def test_missing_post_is_404(client: AsyncClient) -> None:
    r = await client.get(f"{API}/posts/999")

    assert r.status_code == 404


async def test_post_id_beyond_int64_is_422_not_500(client: AsyncClient) -> None:
    r = await client.get(f"{API}/posts/{2**70}")

    assert r.status_code == 422


async def test_author_can_update_post(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)

    r = await client.patch(f"{API}/posts/{post['id']}", json={"title": "New"}, headers=headers)

    assert r.status_code == 200
    assert r.json()["title"] == "New"
    assert r.json()["content"] == post["content"]


@pytest.mark.parametrize("payload", [{}, {"title": None}, {"content": ""}, {"title": "t", "extra": 1}])
async def test_invalid_update_is_422(
    client: AsyncClient, make_user: MakeUser, make_post: MakePost, payload: dict[str, object]
) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)

    r = await client.patch(f"{API}/posts/{post['id']}", json=payload, headers=headers)

    assert r.status_code == 422
    assert (await client.get(f"{API}/posts/{post['id']}")).json()["title"] == post["title"]


async def test_other_user_cannot_update_or_delete(
    client: AsyncClient, make_user: MakeUser, make_post: MakePost
) -> None:
    ada = await make_user("ada")
    bob = await make_user("bob")
    post = await make_post(ada)

    patched = await client.patch(f"{API}/posts/{post['id']}", json={"title": "mine now"}, headers=bob)
    deleted = await client.delete(f"{API}/posts/{post['id']}", headers=bob)

    assert patched.status_code == 403
    assert deleted.status_code == 403
    assert (await client.get(f"{API}/posts/{post['id']}")).json()["title"] == post["title"]


async def test_update_and_delete_require_token(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    post = await make_post(await make_user("ada"))

    assert (await client.patch(f"{API}/posts/{post['id']}", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"{API}/posts/{post['id']}")).status_code == 401


async def test_delete_post(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)

    r = await client.delete(f"{API}/posts/{post['id']}", headers=headers)

    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"{API}/posts/{post['id']}")).status_code == 404
    assert (await client.delete(f"{API}/posts/{post['id']}", headers=headers)).status_code == 404
