import pytest
from httpx import AsyncClient

from conftest import AuthHeaders, Register

pytestmark = pytest.mark.anyio


async def _publish(client: AsyncClient, headers: AuthHeaders, title: str = "Hello") -> int:
    response = await client.post(
        "/posts", json={"title": title, "content": "First post."}, headers=headers
    )
    assert response.status_code == 201, response.text
    post_id: int = response.json()["id"]
    return post_id


async def test_create_and_read(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    post_id = await _publish(client, headers)

    response = await client.get(f"/posts/{post_id}")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Hello"
    assert body["author"]["username"] == "ada"
    assert "password_hash" not in body["author"]


async def test_create_requires_token(client: AsyncClient) -> None:
    response = await client.post("/posts", json={"title": "x", "content": "y"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{"content": "no title"}, {"title": "   ", "content": "blank"}, {"title": 1, "content": "x"}],
)
async def test_create_validation(
    client: AsyncClient, register: Register, payload: dict[str, object]
) -> None:
    headers = await register("ada")
    response = await client.post("/posts", json=payload, headers=headers)
    assert response.status_code == 422
    listing = await client.get("/posts")
    assert listing.json()["total"] == 0


@pytest.mark.parametrize("post_id", ["999", str(2**70)])
async def test_missing_post_is_404(client: AsyncClient, post_id: str) -> None:
    response = await client.get(f"/posts/{post_id}")
    assert response.status_code in {404, 422}
    assert response.status_code != 500


async def test_list_is_paginated_newest_first(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    ids = [await _publish(client, headers, title=f"post {i}") for i in range(3)]

    response = await client.get("/posts", params={"limit": 2, "offset": 0})
    assert response.status_code == 200
    page = response.json()
    assert page["total"] == 3
    assert [p["id"] for p in page["items"]] == ids[::-1][:2]

    response = await client.get("/posts", params={"limit": 2, "offset": 2})
    assert [p["id"] for p in response.json()["items"]] == [ids[0]]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
async def test_pagination_bounds(client: AsyncClient, params: dict[str, object]) -> None:
    response = await client.get("/posts", params=params)
    assert response.status_code == 422


async def test_author_can_edit(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    post_id = await _publish(client, headers)
    response = await client.patch(f"/posts/{post_id}", json={"title": "Edited"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["content"] == "First post."
    assert response.json()["updated_at"] is not None


@pytest.mark.parametrize("payload", [{}, {"title": None}, {"content": ""}])
async def test_edit_validation(
    client: AsyncClient, register: Register, payload: dict[str, object]
) -> None:
    headers = await register("ada")
    post_id = await _publish(client, headers)
    response = await client.patch(f"/posts/{post_id}", json=payload, headers=headers)
    assert response.status_code == 422


async def test_other_user_cannot_edit_or_delete(client: AsyncClient, register: Register) -> None:
    ada = await register("ada")
    bob = await register("bob")
    post_id = await _publish(client, ada)

    response = await client.patch(f"/posts/{post_id}", json={"title": "pwned"}, headers=bob)
    assert response.status_code == 403
    response = await client.delete(f"/posts/{post_id}", headers=bob)
    assert response.status_code == 403

    response = await client.get(f"/posts/{post_id}")
    assert response.json()["title"] == "Hello"


async def test_delete(client: AsyncClient, register: Register) -> None:
    headers = await register("ada")
    post_id = await _publish(client, headers)
    await client.post(f"/posts/{post_id}/comments", json={"content": "hi"}, headers=headers)

    response = await client.delete(f"/posts/{post_id}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    assert (await client.get(f"/posts/{post_id}")).status_code == 404
    assert (await client.delete(f"/posts/{post_id}", headers=headers)).status_code == 404
