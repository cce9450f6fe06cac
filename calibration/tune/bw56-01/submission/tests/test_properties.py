"""Properties of the todo API, checked with hypothesis."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

SETTINGS = settings(max_examples=40, deadline=None)

titles = st.text(min_size=1, max_size=200)
descriptions = st.none() | st.text(max_size=300)
not_a_string = st.integers() | st.booleans() | st.lists(st.integers(), max_size=3) | st.none()
bad_titles = st.just("") | st.text(min_size=201, max_size=400) | not_a_string


def _count(client: TestClient, headers: dict[str, str]) -> int:
    r = client.get("/todos", params={"limit": 1}, headers=headers)
    assert r.status_code == 200
    total: int = r.json()["total"]
    return total


@SETTINGS
@given(title=titles, description=descriptions, done=st.booleans())
def test_create_then_read_round_trips(
    client: TestClient, alice: dict[str, str], title: str, description: str | None, done: bool
) -> None:
    created = client.post(
        "/todos", json={"title": title, "description": description, "done": done}, headers=alice
    )
    assert created.status_code == 201
    body = created.json()
    assert (body["title"], body["description"], body["done"]) == (title, description, done)

    read = client.get(f"/todos/{body['id']}", headers=alice)
    assert read.status_code == 200
    assert read.json() == body


@SETTINGS
@given(title=bad_titles)
def test_invalid_titles_are_rejected_and_not_stored(
    client: TestClient, alice: dict[str, str], title: Any
) -> None:
    before = _count(client, alice)
    r = client.post("/todos", json={"title": title}, headers=alice)
    assert r.status_code == 422
    assert _count(client, alice) == before


@SETTINGS
@given(done=not_a_string.filter(lambda v: not isinstance(v, bool)) | st.text(max_size=5))
def test_done_must_be_a_boolean(client: TestClient, alice: dict[str, str], done: Any) -> None:
    r = client.post("/todos", json={"title": "t", "done": done}, headers=alice)
    assert r.status_code == 422


@SETTINGS
@given(limit=st.integers(min_value=1, max_value=100), offset=st.integers(min_value=0, max_value=60))
def test_page_sizes_are_consistent_with_total(
    client: TestClient, alice: dict[str, str], limit: int, offset: int
) -> None:
    r = client.get("/todos", params={"limit": limit, "offset": offset}, headers=alice)
    assert r.status_code == 200
    page = r.json()
    assert len(page["items"]) == max(0, min(limit, page["total"] - offset))
    ids = [item["id"] for item in page["items"]]
    assert ids == sorted(ids)


@SETTINGS
@given(limit=st.integers(max_value=0) | st.integers(min_value=101), offset=st.integers(max_value=-1))
def test_out_of_range_paging_is_rejected(
    client: TestClient, alice: dict[str, str], limit: int, offset: int
) -> None:
    assert client.get("/todos", params={"limit": limit}, headers=alice).status_code == 422
    assert client.get("/todos", params={"offset": offset}, headers=alice).status_code == 422


@SETTINGS
@given(title=titles, done=st.booleans())
def test_other_users_cannot_touch_my_todos(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], title: str, done: bool
) -> None:
    todo_id = client.post("/todos", json={"title": title}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": done}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert all(item["id"] != todo_id for item in client.get("/todos", headers=bob).json()["items"])

    unchanged = client.get(f"/todos/{todo_id}", headers=alice)
    assert unchanged.status_code == 200
    assert unchanged.json()["done"] is False


@SETTINGS
@given(
    patch=st.fixed_dictionaries(
        {},
        optional={"title": titles, "description": descriptions, "done": st.booleans()},
    )
)
def test_patch_changes_exactly_the_given_fields(
    client: TestClient, alice: dict[str, str], patch: dict[str, Any]
) -> None:
    original = client.post(
        "/todos", json={"title": "original", "description": "d"}, headers=alice
    ).json()
    r = client.patch(f"/todos/{original['id']}", json=patch, headers=alice)
    assert r.status_code == 200
    assert r.json() == {**original, **patch}
    # applying the same patch twice is idempotent
    again = client.patch(f"/todos/{original['id']}", json=patch, headers=alice)
    assert again.json() == r.json()
