from app.Repositories.comment_repository import CommentRepository
from app.Repositories.post_repository import PostRepository
from app.Repositories.user_repository import UserRepository


class PostService:
    def __init__(self, db):
        self.posts = PostRepository(db)
        self.users = UserRepository(db)
        self.comments = CommentRepository(db)

    def list(self, search, sort, limit, offset):
        rows = self.posts.all(search, sort, limit, offset)

        data = []
        for row in rows:
            post = dict(row)
            author = self.users.find(post["user_id"])
            post["author"] = author.to_dict() if author else None
            post["comments_count"] = self.comments.count_for_post(post["id"])
            data.append(post)

        return {"data": data, "limit": limit, "offset": offset}

    def find(self, id):
        return self.posts.find(id)

    def show(self, post):
        data = post.to_dict()
        author = self.users.find(post.user_id)
        data["author"] = author.to_dict() if author else None
        data["comments"] = [c.to_dict() for c in self.comments.for_post(post.id)]
        return data

    def create(self, user, data):
        post = self.posts.create(user.id, data)
        return post.to_dict()

    def update(self, post, data):
        return self.posts.update(post, data).to_dict()

    def delete(self, post):
        self.posts.delete(post)
