"""Comment use cases."""
from abc import ABC, abstractmethod

from app.domain.entities import CommentEntity, UserEntity
from app.dto.base_dto import PageResponseDTO
from app.dto.comment_dto import CommentCreateRequestDTO, CommentResponseDTO
from app.exceptions.exceptions import ResourceNotFoundException
from app.repositories.comment_repository import CommentRepository
from app.repositories.post_repository import PostRepository
from app.repositories.user_repository import UserRepository


class CommentService(ABC):
    @abstractmethod
    def get_comments_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> PageResponseDTO[CommentResponseDTO]: ...

    @abstractmethod
    def add_comment(
        self, post_id: int, request_dto: CommentCreateRequestDTO, author: UserEntity
    ) -> CommentResponseDTO: ...


class CommentServiceImpl(CommentService):
    def __init__(
        self,
        comment_repository: CommentRepository,
        post_repository: PostRepository,
        user_repository: UserRepository,
    ) -> None:
        self._comment_repository = comment_repository
        self._post_repository = post_repository
        self._user_repository = user_repository

    def get_comments_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> PageResponseDTO[CommentResponseDTO]:
        self._assert_post_exists(post_id)
        comments = self._comment_repository.find_all_by_post_id(post_id, limit=limit, offset=offset)
        total_elements = self._comment_repository.count_by_post_id(post_id)
        content: list[CommentResponseDTO] = []
        for comment in comments:
            content.append(self._map_to_response_dto(comment))
        return PageResponseDTO[CommentResponseDTO](
            content=content, limit=limit, offset=offset, total_elements=total_elements
        )

    def add_comment(
        self, post_id: int, request_dto: CommentCreateRequestDTO, author: UserEntity
    ) -> CommentResponseDTO:
        self._assert_post_exists(post_id)
        comment = CommentEntity(content=request_dto.content, post_id=post_id, author_id=author.id)
        saved_comment = self._comment_repository.save(comment)
        return self._map_to_response_dto(saved_comment)

    def _assert_post_exists(self, post_id: int) -> None:
        if not self._post_repository.exists_by_id(post_id):
            raise ResourceNotFoundException("Post", "id", post_id)

    def _map_to_response_dto(self, comment: CommentEntity) -> CommentResponseDTO:
        author = self._user_repository.find_by_id(comment.author_id)
        if author is None:
            raise ResourceNotFoundException("User", "id", comment.author_id)
        return CommentResponseDTO(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.content,
            author_id=comment.author_id,
            author_username=author.username,
            created_at=comment.created_at,
        )
