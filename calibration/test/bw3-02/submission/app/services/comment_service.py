from sqlalchemy.orm import Session

from app.domain.entities import CommentEntity, UserEntity
from app.dto.comment_dto import CommentCreateDTO, CommentDTO
from app.dto.common import PageDTO
from app.repositories.comment_repository import CommentRepository
from app.repositories.post_repository import PostRepository
from app.services.exceptions import NotFoundException
from app.services.mappers import to_comment_dto


class CommentService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._comments = CommentRepository(session)
        self._posts = PostRepository(session)

    def add_comment(self, post_id: int, request: CommentCreateDTO, author: UserEntity) -> CommentDTO:
        self._require_post(post_id)
        comment = CommentEntity(post_id=post_id, content=request.content, author=author)
        self._comments.save(comment)
        self._session.commit()
        return to_comment_dto(comment)

    def list_comments(self, post_id: int, limit: int, offset: int) -> PageDTO[CommentDTO]:
        self._require_post(post_id)
        comments = self._comments.find_page_by_post(post_id, limit=limit, offset=offset)
        return PageDTO[CommentDTO](
            items=[to_comment_dto(c) for c in comments],
            total=self._comments.count_by_post(post_id),
            limit=limit,
            offset=offset,
        )

    def _require_post(self, post_id: int) -> None:
        if not self._posts.exists(post_id):
            raise NotFoundException(f"Post {post_id} not found")
