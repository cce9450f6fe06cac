import pytest
from httpx import AsyncClient

from tests.conftest import AuthFactory


@pytest.fixture
async def alice(auth_headers: AuthFactory) -> dict[str, str]:
    return await auth_headers("alice")


@pytest.fixture
async def bob(auth_headers: AuthFactory) -> dict[str, str]:
    return await auth_headers("bob")


async def _create(client: AsyncClient, headers: dict[str, str], **fields: object) -> dict[str, object]:
    body = {"title": "Write tests", **fields}
    r = await client.post("/todos", json=body, headers=headers)
    assert r.status_code == 201, r.text
    data: dict[str, object] = r.json()
    return data


# --- create -------------------------------------------------------------------------------


async def test_create_returns_201_with_id(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice, description="all of them")
    assert isinstance(todo["id"], int)
    assert todo["title"] == "Write tests"
    assert todo["description"] == "all of them"
    assert todo["done"] is False


async def test_create_strips_title(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice, title="  padded  ")
    assert todo["title"] == "padded"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "d" * 2001},
    ],
)
async def test_create_validation_errors(
    client: AsyncClient, alice: dict[str, str], body: dict[str, object]
) -> None:
    r = await client.post("/todos", json=body, headers=alice)
    assert r.status_code == 422
    listing = await client.get("/todos", headers=alice)
    assert listing.json()["total"] == 0


async def test_create_with_malformed_json_is_422(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/todos"), ("POST", "/todos"), ("GET", "/todos/1"), ("PUT", "/todos/1"),
     ("PATCH", "/todos/1"), ("DELETE", "/todos/1")],
)
async def test_every_todo_route_requires_auth(client: AsyncClient, method: str, path: str) -> None:
    r = await client.request(method, path, json={"title": "x"})
    assert r.status_code == 401


# --- read / list --------------------------------------------------------------------------


async def test_get_own_todo(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice)
    r = await client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    fetched = r.json()
    for key in ("id", "title", "description", "done"):
        assert fetched[key] == todo[key]


async def test_get_missing_todo_is_404(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.get("/todos/12345", headers=alice)
    assert r.status_code == 404
    assert r.json() == {"detail": "Todo not found"}


async def test_non_integer_id_is_422(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.get("/todos/abc", headers=alice)
    assert r.status_code == 422


async def test_list_pagination(client: AsyncClient, alice: dict[str, str]) -> None:
    for i in range(5):
        await _create(client, alice, title=f"todo {i}")
    r = await client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice)
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert page["limit"] == 2 and page["offset"] == 1
    assert [t["title"] for t in page["items"]] == ["todo 3", "todo 2"]


async def test_list_default_page_size(client: AsyncClient, alice: dict[str, str]) -> None:
    for i in range(25):
        await _create(client, alice, title=f"todo {i}")
    page = (await client.get("/todos", headers=alice)).json()
    assert len(page["items"]) == 20
    assert page["total"] == 25


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -1}, {"offset": -1}, {"limit": "ten"}],
)
async def test_list_rejects_bad_pagination(
    client: AsyncClient, alice: dict[str, str], params: dict[str, object]
) -> None:
    r = await client.get("/todos", params=params, headers=alice)
    assert r.status_code == 422


# --- update -------------------------------------------------------------------------------


async def test_patch_changes_only_sent_fields(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice, description="keep me")
    r = await client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["description"] == "keep me"
    assert r.json()["title"] == "Write tests"


async def test_put_replaces_todo(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice, description="gone after put")
    r = await client.put(f"/todos/{todo['id']}", json={"title": "New"}, headers=alice)
    assert r.status_code == 200
    assert r.json()["title"] == "New"
    assert r.json()["description"] is None


@pytest.mark.parametrize(
    "body", [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes please"}]
)
async def test_patch_validation_errors(
    client: AsyncClient, alice: dict[str, str], body: dict[str, object]
) -> None:
    todo = await _create(client, alice)
    r = await client.patch(f"/todos/{todo['id']}", json=body, headers=alice)
    assert r.status_code == 422
    unchanged = (await client.get(f"/todos/{todo['id']}", headers=alice)).json()
    assert unchanged["title"] == "Write tests"


async def test_patch_missing_todo_is_404(client: AsyncClient, alice: dict[str, str]) -> None:
    r = await client.patch("/todos/999", json={"done": True}, headers=alice)
    assert r.status_code == 404


# --- delete -------------------------------------------------------------------------------


async def test_delete_returns_204_and_removes(client: AsyncClient, alice: dict[str, str]) -> None:
    todo = await _create(client, alice)
    r = await client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert (await client.get(f"/todos/{todo['id']}", headers=alice)).status_code == 404
    assert (await client.delete(f"/todos/{todo['id']}", headers=alice)).status_code == 404


# --- isolation ----------------------------------------------------------------------------


async def test_users_cannot_touch_each_others_todos(
    client: AsyncClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = await _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.put(url, json={"title": "pwned"}, headers=bob)).status_code == 404
    assert (await client.patch(url, json={"done": True}, headers=bob)).status_code == 404
    assert (await client.delete(url, headers=bob)).status_code == 404

    bobs_list = (await client.get("/todos", headers=bob)).json()
    assert bobs_list == {"items": [], "total": 0, "limit": 20, "offset": 0}

    still_there = (await client.get(url, headers=alice)).json()
    assert still_there["title"] == "Write tests" and still_there["done"] is False
