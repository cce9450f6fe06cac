"""The fakes and the SQL adapter must behave the same. Both run this suite."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlmodel import Session

from app.adapters.sql import SqlComments, SqlPosts, SqlUsers, create_tables, make_engine
from app.domain import UsernameTaken
from app.ports import Comments, Posts, Users
from tests.fakes import InMemoryComments, InMemoryPosts, InMemoryUsers


@dataclass
class Repos:
    users: Users
    posts: Posts
    comments: Comments


@pytest.fixture(params=["fake", pytest.param("sql", marks=pytest.mark.integration)])
def repos(request: pytest.FixtureRequest) -> Iterator[Repos]:
    if request.param == "fake":
        yield Repos(InMemoryUsers(), InMemoryPosts(), InMemoryComments())
        return
    engine = make_engine("sqlite://")
    create_tables(engine)
    with Session(engine) as session:
        yield Repos(SqlUsers(session), SqlPosts(session), SqlComments(session))
    engine.dispose()


def test_users_round_trip(repos: Repos) -> None:
    kent = repos.users.add("kent", "hash")
    assert repos.users.by_username("kent") == kent
    assert repos.users.by_id(kent.id) == kent
    assert repos.users.by_username("nobody") is None
    assert repos.users.by_id(kent.id + 100) is None


def test_usernames_are_unique(repos: Repos) -> None:
    repos.users.add("kent", "hash")
    with pytest.raises(UsernameTaken):
        repos.users.add("kent", "other")
    assert repos.users.add("martin", "hash").username == "martin"


def test_posts_carry_their_author_name(repos: Repos) -> None:
    kent = repos.users.add("kent", "hash")
    post = repos.posts.add(kent, "t", "c")
    assert repos.posts.get(post.id) == post
    assert post.author == "kent" and post.author_id == kent.id


def test_posts_page_newest_first(repos: Repos) -> None:
    kent = repos.users.add("kent", "hash")
    ids = [repos.posts.add(kent, f"p{i}", "c").id for i in range(5)]
    assert [p.id for p in repos.posts.page(limit=2, offset=0)] == [ids[4], ids[3]]
    assert [p.id for p in repos.posts.page(limit=10, offset=3)] == [ids[1], ids[0]]
    assert repos.posts.page(limit=10, offset=10) == []


def test_update_post(repos: Repos) -> None:
    kent = repos.users.add("kent", "hash")
    post = repos.posts.add(kent, "t", "c")
    updated = repos.posts.update(post.id, "t2", "c2")
    assert (updated.title, updated.content, updated.author) == ("t2", "c2", "kent")
    assert repos.posts.get(post.id) == updated


def test_remove_post_removes_its_comments(repos: Repos) -> None:
    kent = repos.users.add("kent", "hash")
    doomed, kept = repos.posts.add(kent, "a", "a"), repos.posts.add(kent, "b", "b")
    repos.comments.add(doomed.id, kent, "gone")
    repos.comments.add(kept.id, kent, "stays")
    repos.posts.remove(doomed.id)
    assert repos.posts.get(doomed.id) is None
    assert repos.comments.page_for_post(doomed.id, 20, 0) == []
    assert [c.body for c in repos.comments.page_for_post(kept.id, 20, 0)] == ["stays"]


def test_comments_page_oldest_first(repos: Repos) -> None:
    kent, martin = repos.users.add("kent", "hash"), repos.users.add("martin", "hash")
    post = repos.posts.add(kent, "t", "c")
    for i, who in enumerate([kent, martin, kent]):
        repos.comments.add(post.id, who, f"c{i}")
    page = repos.comments.page_for_post(post.id, limit=2, offset=1)
    assert [(c.body, c.author) for c in page] == [("c1", "martin"), ("c2", "kent")]
