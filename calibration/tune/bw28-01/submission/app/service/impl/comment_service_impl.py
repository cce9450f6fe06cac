from sqlalchemy.orm import Session

from app.domain.entities import CommentEntity
from app.dto.base_dto import PageRequestDTO, PageResponseDTO
from app.dto.comment_dto import CommentCreateRequestDTO, CommentResponseDTO
from app.exception.exceptions import ResourceNotFoundException
from app.repository.interfaces import ICommentRepository, IPostRepository
from app.service.interfaces import ICommentService
from app.service.transactional import transactional


class CommentServiceImpl(ICommentService):
    def __init__(
        self,
        session: Session,
        comment_repository: ICommentRepository,
        post_repository: IPostRepository,
    ) -> None:
        self._session = session
        self._comment_repository = comment_repository
        self._post_repository = post_repository

    def find_by_post(self, post_id: int, page: PageRequestDTO) -> PageResponseDTO[CommentResponseDTO]:
        self._assert_post_exists(post_id)
        comments = self._comment_repository.find_by_post_id(post_id, page.offset, page.limit)
        return PageResponseDTO[CommentResponseDTO](
            content=[CommentResponseDTO.model_validate(c) for c in comments],
            total_elements=self._comment_repository.count_by_post_id(post_id),
            limit=page.limit,
            offset=page.offset,
        )

    @transactional
    def create(self, post_id: int, request: CommentCreateRequestDTO, author_id: int) -> CommentResponseDTO:
        self._assert_post_exists(post_id)
        entity = CommentEntity(content=request.content, post_id=post_id, author_id=author_id)
        return CommentResponseDTO.model_validate(self._comment_repository.save(entity))

    def _assert_post_exists(self, post_id: int) -> None:
        if self._post_repository.find_by_id(post_id) is None:
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
