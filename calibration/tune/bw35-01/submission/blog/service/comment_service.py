from blog.dto.post import CommentCreateRequest, CommentResponse, PageResponse
from blog.entity import Comment, User
from blog.exception.exceptions import ResourceNotFoundException
from blog.repository.comment_repository import CommentRepository
from blog.repository.post_repository import PostRepository


class CommentService:
    def __init__(self, comment_repository: CommentRepository, post_repository: PostRepository) -> None:
        self.comment_repository = comment_repository
        self.post_repository = post_repository

    def get_comments(self, post_id: int, limit: int, offset: int) -> PageResponse[CommentResponse]:
        self._require_post(post_id)
        comments = self.comment_repository.find_all_by_post_id(post_id, limit=limit, offset=offset)
        return PageResponse[CommentResponse](
            content=[CommentResponse.from_entity(comment) for comment in comments],
            total_elements=self.comment_repository.count_by_post_id(post_id),
            limit=limit,
            offset=offset,
        )

    def add_comment(self, post_id: int, request: CommentCreateRequest, author: User) -> CommentResponse:
        self._require_post(post_id)
        comment = Comment(post_id=post_id, author_id=author.id, content=request.content)
        return CommentResponse.from_entity(self.comment_repository.save(comment))

    def _require_post(self, post_id: int) -> None:
        if not self.post_repository.exists_by_id(post_id):
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
