import pytest


@pytest.fixture
def thirty(alice, make_todo):
    return [make_todo(alice, title=f"todo {i:02d}") for i in range(30)]


def test_default_page_size_is_20(client, alice, thirty):
    r = client.get("/todos", headers=alice)
    assert r.status_code == 200
    assert r.json() == thirty[:20]


def test_limit_and_offset(client, alice, thirty):
    r = client.get("/todos", params={"limit": 5, "offset": 10}, headers=alice)
    assert r.json() == thirty[10:15]


def test_pages_cover_everything_once(client, alice, thirty):
    seen = []
    offset = 0
    while True:
        page = client.get("/todos", params={"limit": 7, "offset": offset}, headers=alice).json()
        if not page:
            break
        seen.extend(page)
        offset += 7
    assert seen == thirty


def test_offset_past_the_end_is_empty(client, alice, thirty):
    r = client.get("/todos", params={"offset": 30}, headers=alice)
    assert r.status_code == 200
    assert r.json() == []
    assert client.get("/todos", params={"offset": 10_000}, headers=alice).json() == []


def test_last_partial_page(client, alice, thirty):
    r = client.get("/todos", params={"limit": 20, "offset": 20}, headers=alice)
    assert r.json() == thirty[20:]


@pytest.mark.parametrize("limit", [1, 2, 99, 100])
def test_limit_inside_bounds_is_accepted(client, alice, thirty, limit):
    r = client.get("/todos", params={"limit": limit}, headers=alice)
    assert r.status_code == 200
    assert len(r.json()) == min(limit, 30)


@pytest.mark.parametrize("limit", [0, -1, 101, 1000, "ten", "1.5", ""])
def test_limit_outside_bounds_is_422(client, alice, limit):
    r = client.get("/todos", params={"limit": limit}, headers=alice)
    assert r.status_code == 422


@pytest.mark.parametrize("offset", [-1, -100, "x", "0.5"])
def test_bad_offset_is_422(client, alice, offset):
    r = client.get("/todos", params={"offset": offset}, headers=alice)
    assert r.status_code == 422


def test_offset_zero_is_first_page(client, alice, thirty):
    r = client.get("/todos", params={"offset": 0, "limit": 3}, headers=alice)
    assert r.json() == thirty[:3]
