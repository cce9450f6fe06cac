import hashlib
import threading
import uuid
from datetime import datetime, timedelta, timezone
from typing import Optional

import jwt

from Models.User import SignUpRequest, User
from Utils.Constants import Constants
from Utils.Errors import InvalidCredentialsError, UsernameTakenError


class AuthService:
    """Singleton that owns all users. Works like a UserManager.shared in an iOS app."""

    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.usernameToId: dict[str, str] = {}
        self.lock = threading.Lock()

    # MARK: - Passwords

    def hashPassword(self, password: str) -> str:
        return hashlib.sha256(password.encode("utf-8")).hexdigest()

    # MARK: - Sign up / Login

    def signUp(self, request: SignUpRequest) -> User:
        with self.lock:
            key = request.username.lower()
            if key in self.usernameToId:
                raise UsernameTakenError()

            user = User(
                id=str(uuid.uuid4()),
                username=request.username,
                passwordHash=self.hashPassword(request.password),
                createdAt=datetime.now(timezone.utc),
            )
            self.users[user.id] = user
            self.usernameToId[key] = user.id
            return user

    def login(self, username: str, password: str) -> str:
        userId = self.usernameToId.get(username.lower())
        if userId is None:
            raise InvalidCredentialsError()

        user = self.users[userId]
        if user.passwordHash != self.hashPassword(password):
            raise InvalidCredentialsError()

        return self.createToken(user.id)

    # MARK: - Tokens

    def createToken(self, userId: str) -> str:
        expiry = datetime.now(timezone.utc) + timedelta(days=Constants.TOKEN_EXPIRY_DAYS)
        payload = {"sub": userId, "exp": expiry}
        return jwt.encode(payload, Constants.JWT_SECRET, algorithm=Constants.JWT_ALGORITHM)

    def userFromToken(self, token: str) -> Optional[User]:
        try:
            payload = jwt.decode(token, Constants.JWT_SECRET, algorithms=[Constants.JWT_ALGORITHM])
        except jwt.PyJWTError:
            return None

        userId = payload.get("sub")
        if userId is None:
            return None
        return self.users.get(userId)


AuthService.shared = AuthService()
