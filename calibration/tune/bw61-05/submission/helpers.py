from fastapi import Request

from repositories.user_repository import UserRepository


def current_user(request: Request):
    token = request.headers.get("Authorization", "").replace("Bearer ", "")
    if not token:
        return None
    return UserRepository().find_by_token(token)
