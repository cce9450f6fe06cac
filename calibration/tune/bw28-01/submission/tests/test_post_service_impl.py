"""Unit tests for the service layer, with the repositories mocked out (Mockito style)."""
from datetime import datetime, timezone
from unittest.mock import MagicMock

import pytest

from app.domain.entities import PostEntity, UserEntity
from app.dto.post_dto import PostUpdateRequestDTO
from app.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from app.repository.interfaces import ICommentRepository, IPostRepository, IUserRepository
from app.service.impl.post_service_impl import PostServiceImpl


@pytest.fixture
def repositories() -> tuple[MagicMock, MagicMock, MagicMock, MagicMock]:
    return (
        MagicMock(),
        MagicMock(spec=IPostRepository),
        MagicMock(spec=IUserRepository),
        MagicMock(spec=ICommentRepository),
    )


def _post(author_id: int = 1) -> PostEntity:
    now = datetime.now(timezone.utc)
    return PostEntity(id=7, title="t", content="c", author_id=author_id, created_at=now, updated_at=now)


def test_update_by_non_author_raises_access_denied(repositories) -> None:
    session, posts, users, comments = repositories
    posts.find_by_id.return_value = _post(author_id=1)
    service = PostServiceImpl(session, posts, users, comments)

    with pytest.raises(AccessDeniedException):
        service.update(7, PostUpdateRequestDTO(title="x"), current_user_id=2)

    session.rollback.assert_called_once()
    posts.save.assert_not_called()


def test_find_by_id_missing_raises_not_found(repositories) -> None:
    session, posts, users, comments = repositories
    posts.find_by_id.return_value = None
    service = PostServiceImpl(session, posts, users, comments)

    with pytest.raises(ResourceNotFoundException):
        service.find_by_id(42)


def test_update_by_author_commits(repositories) -> None:
    session, posts, users, comments = repositories
    entity = _post(author_id=1)
    posts.find_by_id.return_value = entity
    posts.save.return_value = entity
    users.find_by_id.return_value = UserEntity(id=1, username="author", password_hash="x")
    comments.count_by_post_id.return_value = 0
    service = PostServiceImpl(session, posts, users, comments)

    result = service.update(7, PostUpdateRequestDTO(title="new"), current_user_id=1)

    assert result.title == "new"
    session.commit.assert_called_once()
