import pytest
from httpx import AsyncClient

from tests.conftest import AuthFactory

POSTS = "/api/v1/posts"


async def _publish(client: AsyncClient, headers: dict[str, str], title: str = "Hello") -> dict:
    r = await client.post(POSTS, json={"title": title, "content": "First!"}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


async def test_publish_and_read_publicly(client: AsyncClient, register: AuthFactory) -> None:
    alice = await register("alice")
    post = await _publish(client, alice)
    assert post["author"] == "alice" and isinstance(post["id"], int)

    r = await client.get(f"{POSTS}/{post['id']}")
    assert r.status_code == 200 and r.json()["title"] == "Hello"

    page = (await client.get(POSTS)).json()
    assert page["total"] == 1 and page["items"][0]["id"] == post["id"]


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "x"}, {"title": "", "content": "c"}, {"title": "t" * 201, "content": "c"},
     {"title": 5, "content": "c"}],
)
async def test_publish_validation(
    client: AsyncClient, register: AuthFactory, payload: dict
) -> None:
    alice = await register("alice")
    assert (await client.post(POSTS, json=payload, headers=alice)).status_code == 422
    assert (await client.get(POSTS)).json()["total"] == 0


async def test_only_author_can_edit_or_delete(client: AsyncClient, register: AuthFactory) -> None:
    alice, bob = await register("alice"), await register("bob")
    post = await _publish(client, alice)
    url = f"{POSTS}/{post['id']}"

    assert (await client.patch(url, json={"title": "pwned"}, headers=bob)).status_code == 403
    assert (await client.delete(url, headers=bob)).status_code == 403

    r = await client.patch(url, json={"title": "Edited", "content": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Edited" and r.json()["content"] == "First!"

    assert (await client.delete(url, headers=alice)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_missing_post_is_404(client: AsyncClient, register: AuthFactory) -> None:
    alice = await register("alice")
    assert (await client.get(f"{POSTS}/999")).status_code == 404
    assert (await client.patch(f"{POSTS}/999", json={"title": "x"}, headers=alice)).status_code == 404
    assert (await client.delete(f"{POSTS}/999", headers=alice)).status_code == 404
    r = await client.post(f"{POSTS}/999/comments", json={"content": "hi"}, headers=alice)
    assert r.status_code == 404
    assert (await client.get(f"{POSTS}/999/comments")).status_code == 404


@pytest.mark.parametrize("post_id", ["0", "abc", str(2**40)])
async def test_bad_post_id_is_422(client: AsyncClient, post_id: str) -> None:
    assert (await client.get(f"{POSTS}/{post_id}")).status_code == 422


async def test_comments(client: AsyncClient, register: AuthFactory) -> None:
    alice, bob = await register("alice"), await register("bob")
    post = await _publish(client, alice)
    url = f"{POSTS}/{post['id']}/comments"

    assert (await client.post(url, json={"content": "anon"})).status_code == 401
    assert (await client.post(url, json={"content": ""}, headers=bob)).status_code == 422

    r = await client.post(url, json={"content": "Nice post"}, headers=bob)
    assert r.status_code == 201 and r.json()["author"] == "bob"

    page = (await client.get(url)).json()
    assert page["total"] == 1 and page["items"][0]["content"] == "Nice post"

    # deleting the post takes its comments with it
    assert (await client.delete(f"{POSTS}/{post['id']}", headers=alice)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_pagination(client: AsyncClient, register: AuthFactory) -> None:
    alice = await register("alice")
    ids = [(await _publish(client, alice, f"p{i}"))["id"] for i in range(12)]

    first = (await client.get(POSTS)).json()
    assert first["limit"] == 10 and first["total"] == 12
    assert [p["id"] for p in first["items"]] == ids[::-1][:10]

    rest = (await client.get(POSTS, params={"limit": 5, "offset": 10})).json()
    assert [p["id"] for p in rest["items"]] == ids[::-1][10:]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 51}, {"offset": -1}, {"limit": "x"}])
async def test_pagination_bounds(client: AsyncClient, params: dict) -> None:
    assert (await client.get(POSTS, params=params)).status_code == 422
