from fastapi import APIRouter, Body
from fastapi.responses import JSONResponse

from services.user_service import UserService

router = APIRouter()


@router.post("/register")
def register(data: dict = Body(...)):
    user = UserService().register(data)
    if not user:
        return JSONResponse({"message": "Username already exists"}, status_code=400)
    return user


@router.post("/login")
def login(data: dict = Body(...)):
    token = UserService().login(data)
    if not token:
        return JSONResponse({"message": "Wrong username or password"}, status_code=401)
    return {"token": token}
