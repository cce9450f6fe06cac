from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse

from app.models import User
from app.support.facades import Hash
from app.support.validator import ValidationException, validate


class AuthController:
    async def register(self, request: Request):
        data = validate(await request.json(), {
            "name": "required|string|max:255",
            "password": "required|string|min:8|max:72",
        })

        if User.where(name=data["name"]).first():
            raise ValidationException({"name": ["The name has already been taken."]})

        user = User.create(name=data["name"], password=Hash.make(data["password"]))
        token = user.create_token()

        return JSONResponse({"user": user.to_array(), "token": token}, status_code=201)

    async def login(self, request: Request):
        data = validate(await request.json(), {
            "name": "required|string",
            "password": "required|string",
        })

        user = User.where(name=data["name"]).first()
        if not user or not Hash.check(data["password"], user.password):
            raise HTTPException(status_code=401, detail="These credentials do not match our records.")

        return {"user": user.to_array(), "token": user.create_token(), "token_type": "Bearer"}

    async def me(self, request: Request):
        return request.state.user.to_array()
