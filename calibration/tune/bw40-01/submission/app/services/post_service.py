"""Post use cases."""
from abc import ABC, abstractmethod

from app.domain.entities import PostEntity, UserEntity, current_timestamp
from app.dto.base_dto import PageResponseDTO
from app.dto.post_dto import PostCreateRequestDTO, PostResponseDTO, PostUpdateRequestDTO
from app.exceptions.exceptions import AccessDeniedException, ResourceNotFoundException
from app.repositories.comment_repository import CommentRepository
from app.repositories.post_repository import PostRepository
from app.repositories.user_repository import UserRepository


class PostService(ABC):
    @abstractmethod
    def get_all_posts(self, limit: int, offset: int) -> PageResponseDTO[PostResponseDTO]: ...

    @abstractmethod
    def get_post_by_id(self, post_id: int) -> PostResponseDTO: ...

    @abstractmethod
    def create_post(self, request_dto: PostCreateRequestDTO, author: UserEntity) -> PostResponseDTO: ...

    @abstractmethod
    def update_post(
        self, post_id: int, request_dto: PostUpdateRequestDTO, current_user: UserEntity
    ) -> PostResponseDTO: ...

    @abstractmethod
    def delete_post(self, post_id: int, current_user: UserEntity) -> None: ...


class PostServiceImpl(PostService):
    def __init__(
        self,
        post_repository: PostRepository,
        user_repository: UserRepository,
        comment_repository: CommentRepository,
    ) -> None:
        self._post_repository = post_repository
        self._user_repository = user_repository
        self._comment_repository = comment_repository

    def get_all_posts(self, limit: int, offset: int) -> PageResponseDTO[PostResponseDTO]:
        posts = self._post_repository.find_all(limit=limit, offset=offset)
        total_elements = self._post_repository.count_all()
        content: list[PostResponseDTO] = []
        for post in posts:
            content.append(self._map_to_response_dto(post))
        return PageResponseDTO[PostResponseDTO](
            content=content, limit=limit, offset=offset, total_elements=total_elements
        )

    def get_post_by_id(self, post_id: int) -> PostResponseDTO:
        return self._map_to_response_dto(self._find_post_or_throw(post_id))

    def create_post(self, request_dto: PostCreateRequestDTO, author: UserEntity) -> PostResponseDTO:
        post = PostEntity(
            title=request_dto.title,
            content=request_dto.content,
            author_id=author.id,
        )
        saved_post = self._post_repository.save(post)
        return self._map_to_response_dto(saved_post)

    def update_post(
        self, post_id: int, request_dto: PostUpdateRequestDTO, current_user: UserEntity
    ) -> PostResponseDTO:
        post = self._find_post_or_throw(post_id)
        self._verify_ownership(post, current_user)
        if request_dto.title is not None:
            post.title = request_dto.title
        if request_dto.content is not None:
            post.content = request_dto.content
        post.updated_at = current_timestamp()
        saved_post = self._post_repository.save(post)
        return self._map_to_response_dto(saved_post)

    def delete_post(self, post_id: int, current_user: UserEntity) -> None:
        post = self._find_post_or_throw(post_id)
        self._verify_ownership(post, current_user)
        self._comment_repository.delete_all_by_post_id(post.id)
        self._post_repository.delete(post)

    def _find_post_or_throw(self, post_id: int) -> PostEntity:
        post = self._post_repository.find_by_id(post_id)
        if post is None:
            raise ResourceNotFoundException("Post", "id", post_id)
        return post

    @staticmethod
    def _verify_ownership(post: PostEntity, current_user: UserEntity) -> None:
        if post.author_id != current_user.id:
            raise AccessDeniedException("You are not the author of this post")

    def _map_to_response_dto(self, post: PostEntity) -> PostResponseDTO:
        author = self._user_repository.find_by_id(post.author_id)
        if author is None:
            raise ResourceNotFoundException("User", "id", post.author_id)
        comment_count = self._comment_repository.count_by_post_id(post.id)
        return PostResponseDTO(
            id=post.id,
            title=post.title,
            content=post.content,
            author_id=post.author_id,
            author_username=author.username,
            comment_count=comment_count,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )
