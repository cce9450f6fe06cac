from datetime import datetime, timedelta

import bcrypt
import jwt

from app.Repositories.user_repository import UserRepository
from config.app import APP_KEY, TOKEN_TTL


class AuthService:
    def __init__(self, db):
        self.users = UserRepository(db)

    def register(self, data):
        hashed = bcrypt.hashpw(data["password"].encode(), bcrypt.gensalt())
        return self.users.create({"username": data["username"], "password": hashed.decode()})

    def username_taken(self, username):
        return self.users.find_by_username(username) is not None

    def login(self, username, password):
        user = self.users.find_by_username(username)
        if not user:
            return None
        if not bcrypt.checkpw(password.encode(), user.password.encode()):
            return None

        payload = {
            "user_id": user.id,
            "exp": datetime.utcnow() + timedelta(minutes=TOKEN_TTL),
        }
        return jwt.encode(payload, APP_KEY, algorithm="HS256")

    def user_from_token(self, token):
        payload = jwt.decode(token, APP_KEY, algorithms=["HS256"])
        return self.users.find(payload["user_id"])
