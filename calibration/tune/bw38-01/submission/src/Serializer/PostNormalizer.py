from src.Dto.PostDto import AuthorOutput, PostOutput
from src.Entity.Post import Post
from src.Repository.CommentRepository import CommentRepository


class PostNormalizer:
    def __init__(self, comments: CommentRepository) -> None:
        self.comments = comments

    def normalize(self, post: Post) -> PostOutput:
        return PostOutput(
            id=post.id,
            title=post.title,
            content=post.content,
            author=AuthorOutput(id=post.author.id, username=post.author.username),
            commentCount=self.comments.countByPost(post.id),
            createdAt=post.createdAt,
            updatedAt=post.updatedAt,
        )

    def normalizeCollection(self, posts: list[Post]) -> list[PostOutput]:
        return [self.normalize(post) for post in posts]
