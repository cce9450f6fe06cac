import httpx
import pytest

pytestmark = pytest.mark.anyio

POST = {"title": "Hello", "content": "First post"}


async def test_create_read_update_delete(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")

    r = await client.post("/posts", json=POST, headers=alice)
    assert r.status_code == 201
    post = r.json()
    assert post["title"] == "Hello" and post["author"]["username"] == "alice"

    r = await client.get(f"/posts/{post['id']}")
    assert r.status_code == 200 and r.json()["id"] == post["id"]

    r = await client.patch(f"/posts/{post['id']}", json={"title": "Hello again"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "Hello again" and r.json()["content"] == "First post"

    r = await client.delete(f"/posts/{post['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""

    assert (await client.get(f"/posts/{post['id']}")).status_code == 404


async def test_anonymous_can_read_but_not_write(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post = (await client.post("/posts", json=POST, headers=alice)).json()

    assert (await client.get("/posts")).status_code == 200
    assert (await client.get(f"/posts/{post['id']}")).status_code == 200
    assert (await client.post("/posts", json=POST)).status_code == 401
    assert (await client.patch(f"/posts/{post['id']}", json={"title": "x"})).status_code == 401
    assert (await client.delete(f"/posts/{post['id']}")).status_code == 401


async def test_only_author_may_edit_or_delete(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    mallory = await make_user("mallory")
    post = (await client.post("/posts", json=POST, headers=alice)).json()

    r = await client.patch(f"/posts/{post['id']}", json={"title": "pwned"}, headers=mallory)
    assert r.status_code == 403
    r = await client.delete(f"/posts/{post['id']}", headers=mallory)
    assert r.status_code == 403
    assert (await client.get(f"/posts/{post['id']}")).json()["title"] == "Hello"


async def test_missing_post_is_404(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    assert (await client.get("/posts/9999")).status_code == 404
    assert (await client.patch("/posts/9999", json={"title": "x"}, headers=alice)).status_code == 404
    assert (await client.delete("/posts/9999", headers=alice)).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": "only title"},
        {"title": "", "content": "x"},
        {"title": "   ", "content": "x"},
        {"title": "x" * 201, "content": "x"},
        {"title": ["list"], "content": "x"},
        {"title": "ok", "content": "x", "author_id": 2},
    ],
)
async def test_create_validation(client: httpx.AsyncClient, make_user, payload: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    r = await client.post("/posts", json=payload, headers=alice)
    assert r.status_code == 422
    assert (await client.get("/posts")).json()["total"] == 0


@pytest.mark.parametrize("payload", [{}, {"title": None}, {"content": ""}, {"author_id": 2}])
async def test_update_validation(client: httpx.AsyncClient, make_user, payload: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    post = (await client.post("/posts", json=POST, headers=alice)).json()
    r = await client.patch(f"/posts/{post['id']}", json=payload, headers=alice)
    assert r.status_code == 422


async def test_pagination(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    alice = await make_user("alice")
    ids = []
    for i in range(5):
        r = await client.post("/posts", json={"title": f"p{i}", "content": "c"}, headers=alice)
        ids.append(r.json()["id"])

    r = await client.get("/posts", params={"limit": 2, "offset": 1})
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 1
    assert [p["id"] for p in page["items"]] == list(reversed(ids))[1:3]


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "abc"}, {"offset": 10**12}]
)
async def test_pagination_bounds(client: httpx.AsyncClient, params: dict[str, object]) -> None:
    r = await client.get("/posts", params=params)
    assert r.status_code == 422


async def test_non_integer_id_is_422(client: httpx.AsyncClient) -> None:
    assert (await client.get("/posts/abc")).status_code == 422
