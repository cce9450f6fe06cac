"""Properties that must hold for any input, not just the ones I thought of."""

from __future__ import annotations

import string
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from tests.support import Headers, sign_up_and_login
from todo_api.domain import MAX_PAGE_SIZE

FIELDS = ("title", "description", "done")

# No whitespace: titles are stripped, and str.strip() and pydantic disagree on a few code points.
visible = st.characters(categories=("L", "N", "P", "S"))
titles = st.text(alphabet=visible, min_size=1, max_size=200)
descriptions = st.text(max_size=2000)
json_scalars = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
not_bool = st.one_of(
    st.integers(), st.text(max_size=10), st.none(), st.floats(allow_nan=False, allow_infinity=False)
)
not_str = st.one_of(
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=3),
)
patches = st.fixed_dictionaries(
    {},
    optional={"title": titles, "description": st.none() | descriptions, "done": st.booleans()},
)


def _pick(todo: dict[str, Any]) -> dict[str, Any]:
    return {k: todo[k] for k in FIELDS}


@given(title=titles, description=st.none() | descriptions, done=st.booleans())
def test_create_then_read_roundtrips(
    client: TestClient, alice: Headers, title: str, description: str | None, done: bool
) -> None:
    payload = {"title": title, "description": description, "done": done}
    created = client.post("/todos", json=payload, headers=alice)
    assert created.status_code == 201, created.text
    body = created.json()
    assert _pick(body) == payload
    fetched = client.get(f"/todos/{body['id']}", headers=alice)
    assert fetched.status_code == 200
    assert fetched.json() == body


@given(patch=patches)
def test_patch_changes_exactly_the_fields_sent(
    client: TestClient, alice: Headers, patch: dict[str, Any]
) -> None:
    before = client.post(
        "/todos", json={"title": "before", "description": "d", "done": False}, headers=alice
    ).json()
    r = client.patch(f"/todos/{before['id']}", json=patch, headers=alice)
    assert r.status_code == 200, r.text
    after = r.json()
    assert _pick(after) == {**_pick(before), **patch}
    assert after["id"] == before["id"]
    assert after["created_at"] == before["created_at"]


@given(n=st.integers(min_value=0, max_value=30), page_size=st.integers(min_value=1, max_value=12))
def test_pages_partition_the_list(client: TestClient, n: int, page_size: int) -> None:
    user = sign_up_and_login(client)
    created = [
        client.post("/todos", json={"title": f"t{i}"}, headers=user).json()["id"] for i in range(n)
    ]
    seen: list[str] = []
    offset = 0
    while True:
        r = client.get("/todos", params={"limit": page_size, "offset": offset}, headers=user)
        assert r.status_code == 200
        page = r.json()
        assert page["total"] == n
        assert len(page["items"]) <= page_size
        if not page["items"]:
            break
        seen.extend(item["id"] for item in page["items"])
        offset += page_size
    assert seen == created


@given(limit=st.one_of(st.integers(max_value=0), st.integers(min_value=MAX_PAGE_SIZE + 1)))
def test_limit_outside_bounds_is_rejected(client: TestClient, alice: Headers, limit: int) -> None:
    assert client.get("/todos", params={"limit": limit}, headers=alice).status_code == 422


@given(offset=st.integers(max_value=-1))
def test_negative_offset_is_rejected(client: TestClient, alice: Headers, offset: int) -> None:
    assert client.get("/todos", params={"offset": offset}, headers=alice).status_code == 422


@given(title=titles)
def test_other_users_cannot_touch_my_todos(
    client: TestClient, alice: Headers, bob: Headers, title: str
) -> None:
    todo = client.post("/todos", json={"title": title}, headers=alice).json()
    url = f"/todos/{todo['id']}"
    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get(url, headers=alice).json() == todo


@given(done=not_bool)
def test_done_must_be_a_real_boolean(client: TestClient, alice: Headers, done: object) -> None:
    r = client.post("/todos", json={"title": "x", "done": done}, headers=alice)
    assert r.status_code == 422


@given(title=not_str)
def test_title_must_be_a_string(client: TestClient, alice: Headers, title: object) -> None:
    r = client.post("/todos", json={"title": title}, headers=alice)
    assert r.status_code == 422


@given(
    key=st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=12).filter(
        lambda k: k not in FIELDS
    ),
    value=json_scalars,
)
def test_unknown_fields_are_rejected(
    client: TestClient, alice: Headers, key: str, value: object
) -> None:
    r = client.post("/todos", json={"title": "x", key: value}, headers=alice)
    assert r.status_code == 422


@given(garbage=st.text(alphabet=string.ascii_letters + string.digits + "-_.", min_size=1))
def test_garbage_tokens_are_401(client: TestClient, garbage: str) -> None:
    r = client.get("/todos", headers={"Authorization": f"Bearer {garbage}"})
    assert r.status_code == 401
