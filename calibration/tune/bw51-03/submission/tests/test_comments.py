import pytest
from httpx import AsyncClient

from conftest import Register

pytestmark = pytest.mark.anyio


async def _post(client: AsyncClient, register: Register) -> tuple[int, dict[str, str]]:
    headers = await register("ada")
    response = await client.post(
        "/posts", json={"title": "Hello", "content": "Body"}, headers=headers
    )
    post_id: int = response.json()["id"]
    return post_id, headers


async def test_comment_and_list(client: AsyncClient, register: Register) -> None:
    post_id, headers = await _post(client, register)
    bob = await register("bob")

    response = await client.post(
        f"/posts/{post_id}/comments", json={"content": "Nice!"}, headers=bob
    )
    assert response.status_code == 201
    assert response.json()["author"]["username"] == "bob"
    assert response.json()["post_id"] == post_id

    response = await client.get(f"/posts/{post_id}/comments")
    assert response.status_code == 200
    page = response.json()
    assert page["total"] == 1
    assert page["items"][0]["content"] == "Nice!"


async def test_comment_requires_token(client: AsyncClient, register: Register) -> None:
    post_id, _ = await _post(client, register)
    response = await client.post(f"/posts/{post_id}/comments", json={"content": "anon"})
    assert response.status_code == 401


async def test_comment_on_missing_post_is_404(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    response = await client.post("/posts/4242/comments", json={"content": "hi"}, headers=headers)
    assert response.status_code == 404
    assert (await client.get("/posts/4242/comments")).status_code == 404


async def test_empty_comment_is_422(client: AsyncClient, register: Register) -> None:
    post_id, headers = await _post(client, register)
    response = await client.post(
        f"/posts/{post_id}/comments", json={"content": ""}, headers=headers
    )
    assert response.status_code == 422
