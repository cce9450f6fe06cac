from sqlalchemy.orm import Session

from app.domain.entities import UserEntity
from app.dto.post_dto import PostCreateRequestDTO, PostUpdateRequestDTO
from app.repositories.comment_repository import CommentRepository
from app.repositories.post_repository import PostRepository
from app.repositories.user_repository import UserRepository
from app.services.post_service import PostServiceImpl


def _create_user(session: Session, username: str = "john.doe") -> UserEntity:
    return UserRepository(session).save(UserEntity(username=username, password_hash="x"))


def _post_service(session: Session) -> PostServiceImpl:
    return PostServiceImpl(
        PostRepository(session), UserRepository(session), CommentRepository(session)
    )


class TestPostServiceImpl:
    def test_create_post_should_return_response_dto(self, session: Session) -> None:
        author = _create_user(session)
        service = _post_service(session)

        result = service.create_post(PostCreateRequestDTO(title="Hello", content="World"), author)

        assert result.id is not None
        assert result.title == "Hello"
        assert result.author_username == "john.doe"
        assert result.comment_count == 0

    def test_get_all_posts_should_return_page(self, session: Session) -> None:
        author = _create_user(session)
        service = _post_service(session)
        service.create_post(PostCreateRequestDTO(title="First", content="a"), author)
        service.create_post(PostCreateRequestDTO(title="Second", content="b"), author)

        page = service.get_all_posts(limit=10, offset=0)

        assert page.total_elements == 2
        assert len(page.content) == 2

    def test_update_post_should_change_title(self, session: Session) -> None:
        author = _create_user(session)
        service = _post_service(session)
        created = service.create_post(PostCreateRequestDTO(title="Old", content="c"), author)

        updated = service.update_post(created.id, PostUpdateRequestDTO(title="New"), author)

        assert updated.title == "New"
        assert updated.content == "c"
