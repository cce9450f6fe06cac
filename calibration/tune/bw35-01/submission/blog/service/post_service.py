from datetime import datetime, timezone

from blog.dto.post import PageResponse, PostCreateRequest, PostResponse, PostUpdateRequest
from blog.entity import Post, User
from blog.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from blog.repository.post_repository import PostRepository


class PostService:
    def __init__(self, post_repository: PostRepository) -> None:
        self.post_repository = post_repository

    def get_posts(self, limit: int, offset: int) -> PageResponse[PostResponse]:
        posts = self.post_repository.find_all(limit=limit, offset=offset)
        return PageResponse[PostResponse](
            content=[PostResponse.from_entity(post) for post in posts],
            total_elements=self.post_repository.count(),
            limit=limit,
            offset=offset,
        )

    def get_post(self, post_id: int) -> PostResponse:
        return PostResponse.from_entity(self._find_or_throw(post_id))

    def create_post(self, request: PostCreateRequest, author: User) -> PostResponse:
        post = Post(title=request.title, content=request.content, author_id=author.id)
        return PostResponse.from_entity(self.post_repository.save(post))

    def update_post(self, post_id: int, request: PostUpdateRequest, current_user: User) -> PostResponse:
        post = self._find_or_throw(post_id)
        self._check_ownership(post, current_user)
        post.title = request.title
        post.content = request.content
        post.updated_at = datetime.now(timezone.utc)
        return PostResponse.from_entity(self.post_repository.save(post))

    def delete_post(self, post_id: int, current_user: User) -> None:
        post = self._find_or_throw(post_id)
        self._check_ownership(post, current_user)
        self.post_repository.delete(post)

    def _find_or_throw(self, post_id: int) -> Post:
        post = self.post_repository.find_by_id(post_id)
        if post is None:
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
        return post

    @staticmethod
    def _check_ownership(post: Post, user: User) -> None:
        if post.author_id != user.id:
            raise AccessDeniedException("Only the author can modify this post")
