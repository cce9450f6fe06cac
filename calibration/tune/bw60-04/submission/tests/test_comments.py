from httpx import AsyncClient

from tests.conftest import SignIn


async def test_comment_flow(client: AsyncClient, sign_in: SignIn) -> None:
    ada, bob = await sign_in("ada"), await sign_in("bob")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]

    r = await client.post(f"/posts/{post_id}/comments", json={"body": "nice post"}, headers=bob)
    assert r.status_code == 201
    assert r.json()["author"] == "bob" and r.json()["post_id"] == post_id

    page = (await client.get(f"/posts/{post_id}/comments")).json()
    assert page["total"] == 1 and page["items"][0]["body"] == "nice post"


async def test_comment_on_missing_post_is_404(client: AsyncClient, sign_in: SignIn) -> None:
    bob = await sign_in("bob")
    r = await client.post("/posts/999/comments", json={"body": "hello?"}, headers=bob)
    assert r.status_code == 404
    assert (await client.get("/posts/999/comments")).status_code == 404


async def test_comment_needs_token_and_body(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]
    assert (await client.post(f"/posts/{post_id}/comments", json={"body": "x"})).status_code == 401
    assert (await client.post(f"/posts/{post_id}/comments", json={"body": ""}, headers=ada)).status_code == 422


async def test_deleting_post_removes_comments(client: AsyncClient, sign_in: SignIn) -> None:
    ada = await sign_in("ada")
    post_id = (await client.post("/posts", json={"title": "t", "content": "c"}, headers=ada)).json()["id"]
    await client.post(f"/posts/{post_id}/comments", json={"body": "first"}, headers=ada)
    assert (await client.delete(f"/posts/{post_id}", headers=ada)).status_code == 204
    assert (await client.get(f"/posts/{post_id}/comments")).status_code == 404
