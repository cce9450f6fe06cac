from blogapi.domain.entities import PostEntity, UserEntity
from blogapi.dto.post_dto import CreatePostRequestDto, PostResponseDto
from blogapi.dto.user_dto import AuthorSummaryDto


class PostMapper:
    def to_entity(self, request: CreatePostRequestDto, author_id: int) -> PostEntity:
        return PostEntity(title=request.title, content=request.content, author_id=author_id)

    def to_response_dto(self, post: PostEntity, author: UserEntity, comment_count: int) -> PostResponseDto:
        return PostResponseDto(
            id=post.id,
            title=post.title,
            content=post.content,
            author=AuthorSummaryDto(id=author.id, username=author.username),
            comment_count=comment_count,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )
