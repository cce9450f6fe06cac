from datetime import datetime

from pydantic import BaseModel, Field

from src.Dto.PostDto import AuthorOutput
from src.Entity.Comment import Comment


class CommentInput(BaseModel):
    content: str = Field(min_length=1, max_length=5000)


class CommentOutput(BaseModel):
    id: int
    postId: int
    content: str
    author: AuthorOutput
    createdAt: datetime

    @classmethod
    def fromEntity(cls, comment: Comment) -> "CommentOutput":
        return cls(
            id=comment.id,
            postId=comment.post_id,
            content=comment.content,
            author=AuthorOutput(id=comment.author.id, username=comment.author.username),
            createdAt=comment.createdAt,
        )
