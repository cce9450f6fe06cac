from fastapi import HTTPException
from playhouse.shortcuts import model_to_dict

from app.models.user import User


class AuthController:

    def register(self, payload: dict):
        if not payload.get("name") or not payload.get("password"):
            raise HTTPException(status_code=422, detail="The name and password fields are required.")
        if User.get_or_none(User.name == payload["name"]):
            raise HTTPException(status_code=422, detail="The name has already been taken.")
        user = User(name=payload["name"])
        user.set_password(payload["password"])
        user.save()
        return {"user": model_to_dict(user), "token": user.create_token()}

    def login(self, payload: dict):
        user = User.get_or_none(User.name == payload.get("name"))
        if not user or not user.check_password(payload.get("password", "")):
            raise HTTPException(status_code=401, detail="These credentials do not match our records.")
        return {"user": model_to_dict(user), "token": user.create_token()}

    def logout(self, user):
        for token in user.tokens:
            token.delete_instance()
        return {"message": "Logged out"}
