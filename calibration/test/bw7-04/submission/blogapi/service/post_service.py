from blogapi.domain.entities import PostEntity, UserEntity
from blogapi.dto.page_dto import PageRequest, PageResponseDto
from blogapi.dto.post_dto import CreatePostRequestDto, PostResponseDto, UpdatePostRequestDto
from blogapi.exception.exceptions import AccessDeniedException, ResourceNotFoundException
from blogapi.mapper.post_mapper import PostMapper
from blogapi.repository.comment_repository import CommentRepository
from blogapi.repository.post_repository import PostRepository
from blogapi.repository.user_repository import UserRepository


class PostService:
    def __init__(
        self,
        post_repository: PostRepository,
        user_repository: UserRepository,
        comment_repository: CommentRepository,
        post_mapper: PostMapper,
    ) -> None:
        self._post_repository = post_repository
        self._user_repository = user_repository
        self._comment_repository = comment_repository
        self._post_mapper = post_mapper

    def get_all_posts(self, page_request: PageRequest) -> PageResponseDto[PostResponseDto]:
        posts = self._post_repository.find_all_order_by_created_at_desc(page_request.offset, page_request.limit)
        content: list[PostResponseDto] = []
        for post in posts:
            author = self._find_author_or_throw(post.author_id)
            comment_count = self._comment_repository.count_by_post_id(post.id)
            content.append(self._post_mapper.to_response_dto(post, author, comment_count))
        return PageResponseDto[PostResponseDto](
            content=content,
            total_elements=self._post_repository.count(),
            limit=page_request.limit,
            offset=page_request.offset,
        )

    def get_post_by_id(self, post_id: int) -> PostResponseDto:
        post = self._find_post_or_throw(post_id)
        author = self._find_author_or_throw(post.author_id)
        comment_count = self._comment_repository.count_by_post_id(post.id)
        return self._post_mapper.to_response_dto(post, author, comment_count)

    def create_post(self, request: CreatePostRequestDto, current_user: UserEntity) -> PostResponseDto:
        post = self._post_repository.save(self._post_mapper.to_entity(request, current_user.id))
        return self._post_mapper.to_response_dto(post, current_user, 0)

    def update_post(
        self, post_id: int, request: UpdatePostRequestDto, current_user: UserEntity
    ) -> PostResponseDto:
        post = self._find_post_or_throw(post_id)
        self._check_ownership(post, current_user)
        post.title = request.title
        post.content = request.content
        saved = self._post_repository.save(post)
        comment_count = self._comment_repository.count_by_post_id(saved.id)
        return self._post_mapper.to_response_dto(saved, current_user, comment_count)

    def delete_post(self, post_id: int, current_user: UserEntity) -> None:
        post = self._find_post_or_throw(post_id)
        self._check_ownership(post, current_user)
        self._comment_repository.delete_by_post_id(post.id)
        self._post_repository.delete(post)

    def _find_post_or_throw(self, post_id: int) -> PostEntity:
        post = self._post_repository.find_by_id(post_id)
        if post is None:
            raise ResourceNotFoundException("Post", post_id)
        return post

    def _find_author_or_throw(self, author_id: int) -> UserEntity:
        author = self._user_repository.find_by_id(author_id)
        if author is None:
            raise ResourceNotFoundException("User", author_id)
        return author

    @staticmethod
    def _check_ownership(post: PostEntity, current_user: UserEntity) -> None:
        if post.author_id != current_user.id:
            raise AccessDeniedException("You are not the author of this post")
