from sqlalchemy.orm import Session

from app.domain.entities import PostEntity, UserEntity
from app.dto.common import PageDTO
from app.dto.post_dto import PostCreateDTO, PostDTO, PostUpdateDTO
from app.repositories.post_repository import PostRepository
from app.services.exceptions import ForbiddenException, NotFoundException
from app.services.mappers import to_post_dto


class PostService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._posts = PostRepository(session)

    def list_posts(self, limit: int, offset: int) -> PageDTO[PostDTO]:
        posts = self._posts.find_page(limit=limit, offset=offset)
        return PageDTO[PostDTO](
            items=[to_post_dto(p) for p in posts],
            total=self._posts.count(),
            limit=limit,
            offset=offset,
        )

    def get_post(self, post_id: int) -> PostDTO:
        return to_post_dto(self._get_or_throw(post_id))

    def create_post(self, request: PostCreateDTO, author: UserEntity) -> PostDTO:
        post = PostEntity(title=request.title, content=request.content, author=author)
        self._posts.save(post)
        self._session.commit()
        return to_post_dto(post)

    def update_post(self, post_id: int, request: PostUpdateDTO, caller: UserEntity) -> PostDTO:
        post = self._get_owned_or_throw(post_id, caller)
        post.title = request.title
        post.content = request.content
        self._session.commit()
        return to_post_dto(post)

    def delete_post(self, post_id: int, caller: UserEntity) -> None:
        post = self._get_owned_or_throw(post_id, caller)
        self._posts.delete(post)
        self._session.commit()

    def _get_or_throw(self, post_id: int) -> PostEntity:
        post = self._posts.find_by_id(post_id)
        if post is None:
            raise NotFoundException(f"Post {post_id} not found")
        return post

    def _get_owned_or_throw(self, post_id: int, caller: UserEntity) -> PostEntity:
        post = self._get_or_throw(post_id)
        if post.author_id != caller.id:
            raise ForbiddenException("Only the author may modify this post")
        return post
