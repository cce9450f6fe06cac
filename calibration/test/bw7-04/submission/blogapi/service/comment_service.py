from blogapi.domain.entities import UserEntity
from blogapi.dto.comment_dto import CommentResponseDto, CreateCommentRequestDto
from blogapi.dto.page_dto import PageRequest, PageResponseDto
from blogapi.exception.exceptions import ResourceNotFoundException
from blogapi.mapper.comment_mapper import CommentMapper
from blogapi.repository.comment_repository import CommentRepository
from blogapi.repository.post_repository import PostRepository
from blogapi.repository.user_repository import UserRepository


class CommentService:
    def __init__(
        self,
        comment_repository: CommentRepository,
        post_repository: PostRepository,
        user_repository: UserRepository,
        comment_mapper: CommentMapper,
    ) -> None:
        self._comment_repository = comment_repository
        self._post_repository = post_repository
        self._user_repository = user_repository
        self._comment_mapper = comment_mapper

    def get_comments_for_post(self, post_id: int, page_request: PageRequest) -> PageResponseDto[CommentResponseDto]:
        self._ensure_post_exists(post_id)
        comments = self._comment_repository.find_by_post_id(post_id, page_request.offset, page_request.limit)
        content: list[CommentResponseDto] = []
        for comment in comments:
            author = self._user_repository.find_by_id(comment.author_id)
            if author is None:
                raise ResourceNotFoundException("User", comment.author_id)
            content.append(self._comment_mapper.to_response_dto(comment, author))
        return PageResponseDto[CommentResponseDto](
            content=content,
            total_elements=self._comment_repository.count_by_post_id(post_id),
            limit=page_request.limit,
            offset=page_request.offset,
        )

    def add_comment(
        self, post_id: int, request: CreateCommentRequestDto, current_user: UserEntity
    ) -> CommentResponseDto:
        self._ensure_post_exists(post_id)
        comment = self._comment_repository.save(self._comment_mapper.to_entity(request, post_id, current_user.id))
        return self._comment_mapper.to_response_dto(comment, current_user)

    def _ensure_post_exists(self, post_id: int) -> None:
        if not self._post_repository.exists_by_id(post_id):
            raise ResourceNotFoundException("Post", post_id)
