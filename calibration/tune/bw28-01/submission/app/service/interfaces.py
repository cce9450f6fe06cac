"""Service layer contracts consumed by the controllers."""
from abc import ABC, abstractmethod

from app.dto.base_dto import PageRequestDTO, PageResponseDTO
from app.dto.comment_dto import CommentCreateRequestDTO, CommentResponseDTO
from app.dto.post_dto import (
    PostCreateRequestDTO,
    PostDetailResponseDTO,
    PostResponseDTO,
    PostUpdateRequestDTO,
)
from app.dto.user_dto import TokenResponseDTO, UserRegistrationRequestDTO, UserResponseDTO


class IAuthService(ABC):
    @abstractmethod
    def register(self, request: UserRegistrationRequestDTO) -> UserResponseDTO: ...

    @abstractmethod
    def authenticate(self, username: str, password: str) -> TokenResponseDTO: ...

    @abstractmethod
    def resolve_user(self, token: str) -> UserResponseDTO: ...


class IPostService(ABC):
    @abstractmethod
    def find_all(self, page: PageRequestDTO) -> PageResponseDTO[PostResponseDTO]: ...

    @abstractmethod
    def find_by_id(self, post_id: int) -> PostDetailResponseDTO: ...

    @abstractmethod
    def create(self, request: PostCreateRequestDTO, author_id: int) -> PostResponseDTO: ...

    @abstractmethod
    def update(self, post_id: int, request: PostUpdateRequestDTO, current_user_id: int) -> PostResponseDTO: ...

    @abstractmethod
    def delete(self, post_id: int, current_user_id: int) -> None: ...


class ICommentService(ABC):
    @abstractmethod
    def find_by_post(self, post_id: int, page: PageRequestDTO) -> PageResponseDTO[CommentResponseDTO]: ...

    @abstractmethod
    def create(self, post_id: int, request: CommentCreateRequestDTO, author_id: int) -> CommentResponseDTO: ...
