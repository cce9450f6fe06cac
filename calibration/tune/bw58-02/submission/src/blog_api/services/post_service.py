from sqlalchemy.orm import Session

from blog_api.dto import (
    CommentRequestDto,
    CommentResponseDto,
    PostRequestDto,
    PostResponseDto,
    PostUpdateRequestDto,
)
from blog_api.entities import CommentEntity, PostEntity, UserEntity
from blog_api.exceptions import ForbiddenException, ResourceNotFoundException
from blog_api.repositories.post_repository import CommentRepository, PostRepository


class PostMapper:
    @staticmethod
    def to_dto(post: PostEntity) -> PostResponseDto:
        return PostResponseDto(
            id=post.id,
            title=post.title,
            content=post.content,
            author_id=post.author_id,
            author_username=post.author.username,
            comment_count=len(post.comments),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )

    @staticmethod
    def comment_to_dto(comment: CommentEntity) -> CommentResponseDto:
        return CommentResponseDto(
            id=comment.id,
            post_id=comment.post_id,
            author_id=comment.author_id,
            author_username=comment.author.username,
            content=comment.content,
            created_at=comment.created_at,
        )


class PostService:
    @staticmethod
    def get_posts(session: Session, limit: int, offset: int) -> list[PostResponseDto]:
        posts = PostRepository.find_all(session, limit, offset)
        return [PostMapper.to_dto(post) for post in posts]

    @staticmethod
    def get_post(session: Session, post_id: int) -> PostResponseDto:
        return PostMapper.to_dto(PostService._find_post_or_throw(session, post_id))

    @staticmethod
    def create_post(session: Session, request: PostRequestDto, author: UserEntity) -> PostResponseDto:
        post = PostEntity(title=request.title, content=request.content, author_id=author.id)
        post = PostRepository.save(session, post)
        return PostMapper.to_dto(post)

    @staticmethod
    def update_post(
        session: Session, post_id: int, request: PostUpdateRequestDto, current_user: UserEntity
    ) -> PostResponseDto:
        post = PostService._find_post_or_throw(session, post_id)
        PostService._check_ownership(post, current_user)
        if request.title is not None:
            post.title = request.title
        if request.content is not None:
            post.content = request.content
        post = PostRepository.save(session, post)
        return PostMapper.to_dto(post)

    @staticmethod
    def delete_post(session: Session, post_id: int, current_user: UserEntity) -> None:
        post = PostService._find_post_or_throw(session, post_id)
        PostService._check_ownership(post, current_user)
        PostRepository.delete(session, post)

    @staticmethod
    def get_comments(session: Session, post_id: int, limit: int, offset: int) -> list[CommentResponseDto]:
        PostService._find_post_or_throw(session, post_id)
        comments = CommentRepository.find_by_post_id(session, post_id, limit, offset)
        return [PostMapper.comment_to_dto(comment) for comment in comments]

    @staticmethod
    def add_comment(
        session: Session, post_id: int, request: CommentRequestDto, author: UserEntity
    ) -> CommentResponseDto:
        PostService._find_post_or_throw(session, post_id)
        comment = CommentEntity(content=request.content, post_id=post_id, author_id=author.id)
        comment = CommentRepository.save(session, comment)
        return PostMapper.comment_to_dto(comment)

    @staticmethod
    def _find_post_or_throw(session: Session, post_id: int) -> PostEntity:
        post = PostRepository.find_by_id(session, post_id)
        if post is None:
            raise ResourceNotFoundException(f"Post with id {post_id} not found")
        return post

    @staticmethod
    def _check_ownership(post: PostEntity, user: UserEntity) -> None:
        if post.author_id != user.id:
            raise ForbiddenException("You are not the author of this post")
