from httpx import AsyncClient

from tests.conftest import API, MakePost, MakeUser


async def test_comment_flow(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    ada = await make_user("ada")
    bob = await make_user("bob")
    post = await make_post(ada)

    r = await client.post(f"{API}/posts/{post['id']}/comments", json={"content": "Nice"}, headers=bob)

    assert r.status_code == 201
    comment = r.json()
    assert comment["author"]["username"] == "bob"
    assert comment["post_id"] == post["id"]

    listed = (await client.get(f"{API}/posts/{post['id']}/comments")).json()
    assert listed["total"] == 1
    assert listed["items"] == [comment]


async def test_comment_requires_token(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    post = await make_post(await make_user("ada"))

    r = await client.post(f"{API}/posts/{post['id']}/comments", json={"content": "hi"})

    assert r.status_code == 401


async def test_comment_on_missing_post_is_404(client: AsyncClient, make_user: MakeUser) -> None:
    headers = await make_user("ada")

    r = await client.post(f"{API}/posts/12345/comments", json={"content": "hi"}, headers=headers)

    assert r.status_code == 404


async def test_comments_of_missing_post_is_404(client: AsyncClient) -> None:
    r = await client.get(f"{API}/posts/12345/comments")

    assert r.status_code == 404


async def test_empty_comment_is_422(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)

    for payload in ({}, {"content": ""}, {"content": "   "}, {"content": 5}):
        r = await client.post(f"{API}/posts/{post['id']}/comments", json=payload, headers=headers)
        assert r.status_code == 422, payload


async def test_comments_are_paginated(client: AsyncClient, make_user: MakeUser, make_post: MakePost) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)
    for i in range(3):
        await client.post(f"{API}/posts/{post['id']}/comments", json={"content": f"c{i}"}, headers=headers)

    page = (await client.get(f"{API}/posts/{post['id']}/comments", params={"limit": 2, "offset": 1})).json()

    assert page["total"] == 3
    assert [c["content"] for c in page["items"]] == ["c1", "c2"]
    assert (await client.get(f"{API}/posts/{post['id']}/comments", params={"limit": 500})).status_code == 422


async def test_deleting_post_deletes_its_comments(
    client: AsyncClient, make_user: MakeUser, make_post: MakePost
) -> None:
    headers = await make_user("ada")
    post = await make_post(headers)
    await client.post(f"{API}/posts/{post['id']}/comments", json={"content": "bye"}, headers=headers)

    await client.delete(f"{API}/posts/{post['id']}", headers=headers)

    assert (await client.get(f"{API}/posts/{post['id']}/comments")).status_code == 404
