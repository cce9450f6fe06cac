import hashlib
import secrets

from repositories.user_repository import UserRepository


class UserService:
    def __init__(self):
        self.users = UserRepository()

    def register(self, data):
        if self.users.find_by_username(data["username"]):
            return None

        password = hashlib.md5(data["password"].encode()).hexdigest()
        id = self.users.create(data["username"], password)
        return {"id": id, "username": data["username"]}

    def login(self, data):
        user = self.users.find_by_username(data["username"])
        if not user:
            return None
        if user["password"] != hashlib.md5(data["password"].encode()).hexdigest():
            return None

        # like the old Laravel api_token guard
        token = secrets.token_hex(40)
        self.users.set_token(user["id"], token)
        return token
