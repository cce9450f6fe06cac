from app.Repositories.comment_repository import CommentRepository
from app.Repositories.user_repository import UserRepository


class CommentService:
    def __init__(self, db):
        self.comments = CommentRepository(db)
        self.users = UserRepository(db)

    def list(self, post_id):
        data = []
        for comment in self.comments.for_post(post_id):
            item = comment.to_dict()
            author = self.users.find(comment.user_id)
            item["author"] = author.username if author else None
            data.append(item)
        return {"data": data}

    def create(self, post, user, data):
        comment = self.comments.create(post.id, user.id, data["body"])
        return comment.to_dict()
