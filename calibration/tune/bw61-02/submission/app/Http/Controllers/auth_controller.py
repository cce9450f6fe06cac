from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from app.Http.validator import validate
from app.Services.auth_service import AuthService
from config.database import get_db

router = APIRouter()


@router.post("/register", status_code=201)
async def register(request: Request, db=Depends(get_db)):
    data = await request.json()

    errors = validate(data, {"username": "required", "password": "required|min:8"})
    if errors:
        return errors

    service = AuthService(db)
    if service.username_taken(data["username"]):
        return JSONResponse(
            status_code=422,
            content={
                "message": "The given data was invalid.",
                "errors": {"username": ["The username has already been taken."]},
            },
        )

    user = service.register(data)
    return {"message": "User registered", "user": user.to_dict()}


@router.post("/login")
async def login(request: Request, db=Depends(get_db)):
    data = await request.json()

    errors = validate(data, {"username": "required", "password": "required"})
    if errors:
        return errors

    token = AuthService(db).login(data["username"], data["password"])
    if not token:
        return JSONResponse(status_code=401, content={"message": "Invalid credentials"})

    return {"access_token": token, "token_type": "bearer"}
