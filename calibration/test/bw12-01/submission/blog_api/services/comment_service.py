from blog_api.contracts.dtos import CommentDto, CreateCommentRequest, PagedResponse
from blog_api.domain.entities import Comment, User
from blog_api.domain.result import Error, Result
from blog_api.infrastructure.repositories import CommentRepository, PostRepository


class CommentService:
    def __init__(self, posts: PostRepository, comments: CommentRepository) -> None:
        self._posts = posts
        self._comments = comments

    def get_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> Result[PagedResponse[CommentDto]]:
        if self._posts.get_by_id(post_id) is None:
            return Result.fail(Error.not_found(f"Post {post_id} was not found"))
        comments, total = self._comments.get_page_for_post(post_id, limit, offset)
        page = PagedResponse[CommentDto](
            items=[CommentDto.from_entity(c) for c in comments],
            total=total,
            limit=limit,
            offset=offset,
        )
        return Result.ok(page)

    def add(self, post_id: int, request: CreateCommentRequest, author: User) -> Result[CommentDto]:
        if self._posts.get_by_id(post_id) is None:
            return Result.fail(Error.not_found(f"Post {post_id} was not found"))
        comment = Comment(post_id=post_id, content=request.content, author=author)
        self._comments.add(comment)
        return Result.ok(CommentDto.from_entity(comment))
