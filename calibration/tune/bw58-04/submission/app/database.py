from app.models import CommentModel, PostModel, UserModel


class InMemoryDatabase:
    def __init__(self):
        self.users: dict[int, UserModel] = {}
        self.posts: dict[int, PostModel] = {}
        self.comments: dict[int, CommentModel] = {}
        self._user_id = 0
        self._post_id = 0
        self._comment_id = 0

    def next_user_id(self) -> int:
        self._user_id += 1
        return self._user_id

    def next_post_id(self) -> int:
        self._post_id += 1
        return self._post_id

    def next_comment_id(self) -> int:
        self._comment_id += 1
        return self._comment_id

    def find_user_by_username(self, username: str):
        for user in self.users.values():
            if user.username == username:
                return user
        return None


db = InMemoryDatabase()
