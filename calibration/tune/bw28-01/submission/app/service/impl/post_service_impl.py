from sqlalchemy.orm import Session

from app.domain.entities import PostEntity
from app.dto.base_dto import PageRequestDTO, PageResponseDTO
from app.dto.comment_dto import CommentResponseDTO
from app.dto.post_dto import (
    PostCreateRequestDTO,
    PostDetailResponseDTO,
    PostResponseDTO,
    PostUpdateRequestDTO,
)
from app.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from app.repository.interfaces import ICommentRepository, IPostRepository, IUserRepository
from app.service.interfaces import IPostService
from app.service.transactional import transactional


class PostServiceImpl(IPostService):
    def __init__(
        self,
        session: Session,
        post_repository: IPostRepository,
        user_repository: IUserRepository,
        comment_repository: ICommentRepository,
    ) -> None:
        self._session = session
        self._post_repository = post_repository
        self._user_repository = user_repository
        self._comment_repository = comment_repository

    def find_all(self, page: PageRequestDTO) -> PageResponseDTO[PostResponseDTO]:
        entities = self._post_repository.find_all(page.offset, page.limit)
        return PageResponseDTO[PostResponseDTO](
            content=[self._to_response_dto(entity) for entity in entities],
            total_elements=self._post_repository.count(),
            limit=page.limit,
            offset=page.offset,
        )

    def find_by_id(self, post_id: int) -> PostDetailResponseDTO:
        entity = self._get_post_or_throw(post_id)
        comments = self._comment_repository.find_by_post_id(post_id)
        return PostDetailResponseDTO(
            **self._to_response_dto(entity).model_dump(),
            comments=[CommentResponseDTO.model_validate(c) for c in comments],
        )

    @transactional
    def create(self, request: PostCreateRequestDTO, author_id: int) -> PostResponseDTO:
        entity = PostEntity(title=request.title, content=request.content, author_id=author_id)
        return self._to_response_dto(self._post_repository.save(entity))

    @transactional
    def update(self, post_id: int, request: PostUpdateRequestDTO, current_user_id: int) -> PostResponseDTO:
        entity = self._get_post_or_throw(post_id)
        self._check_ownership(entity, current_user_id)
        if request.title is not None:
            entity.title = request.title
        if request.content is not None:
            entity.content = request.content
        return self._to_response_dto(self._post_repository.save(entity))

    @transactional
    def delete(self, post_id: int, current_user_id: int) -> None:
        entity = self._get_post_or_throw(post_id)
        self._check_ownership(entity, current_user_id)
        self._comment_repository.delete_by_post_id(post_id)
        self._post_repository.delete(entity)

    # ---------------------------------------------------------------- helpers

    def _get_post_or_throw(self, post_id: int) -> PostEntity:
        entity = self._post_repository.find_by_id(post_id)
        if entity is None:
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
        return entity

    @staticmethod
    def _check_ownership(entity: PostEntity, current_user_id: int) -> None:
        if entity.author_id != current_user_id:
            raise AccessDeniedException("Only the author may modify this post")

    def _to_response_dto(self, entity: PostEntity) -> PostResponseDTO:
        author = self._user_repository.find_by_id(entity.author_id)
        comment_count = self._comment_repository.count_by_post_id(entity.id)
        return PostResponseDTO(
            id=entity.id,
            title=entity.title,
            content=entity.content,
            author_id=entity.author_id,
            author_username=author.username if author else "",
            comment_count=comment_count,
            created_at=entity.created_at,
            updated_at=entity.updated_at,
        )
