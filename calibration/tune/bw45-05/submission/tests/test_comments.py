from typing import Any

import pytest
from httpx import AsyncClient

Headers = dict[str, str]


@pytest.fixture
async def post_url(client: AsyncClient, alice: Headers) -> str:
    response = await client.post(
        "/posts", json={"title": "Topic", "content": "Discuss."}, headers=alice
    )
    assert response.status_code == 201
    return f"/posts/{response.json()['id']}"


async def test_comment_returns_201(client: AsyncClient, bob: Headers, post_url: str) -> None:
    response = await client.post(f"{post_url}/comments", json={"content": "First!"}, headers=bob)
    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["content"] == "First!"
    assert body["author"]["username"] == "bob"
    assert f"/posts/{body['post_id']}" == post_url


async def test_comment_requires_token(client: AsyncClient, post_url: str) -> None:
    response = await client.post(f"{post_url}/comments", json={"content": "anon"})
    assert response.status_code == 401


async def test_comment_on_missing_post_is_404(client: AsyncClient, bob: Headers) -> None:
    response = await client.post("/posts/777/comments", json={"content": "hello?"}, headers=bob)
    assert response.status_code == 404


@pytest.mark.parametrize("payload", [{}, {"content": ""}, {"content": "  "}, {"content": 3}])
async def test_comment_validation(
    client: AsyncClient, bob: Headers, post_url: str, payload: dict[str, Any]
) -> None:
    response = await client.post(f"{post_url}/comments", json=payload, headers=bob)
    assert response.status_code == 422
    assert (await client.get(f"{post_url}/comments")).json() == []


async def test_comments_are_public_and_paginated(
    client: AsyncClient, bob: Headers, post_url: str
) -> None:
    for i in range(4):
        await client.post(f"{post_url}/comments", json={"content": f"c{i}"}, headers=bob)
    response = await client.get(f"{post_url}/comments", params={"limit": 2, "offset": 1})
    assert response.status_code == 200
    assert [c["content"] for c in response.json()] == ["c1", "c2"]


async def test_list_comments_of_missing_post_is_404(client: AsyncClient) -> None:
    assert (await client.get("/posts/777/comments")).status_code == 404


async def test_list_comments_rejects_bad_paging(client: AsyncClient, post_url: str) -> None:
    assert (await client.get(f"{post_url}/comments", params={"limit": 500})).status_code == 422
