from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy.orm import Session

from app.controllers.application import authenticate_user
from app.db import get_db
from app.models import User
from app.serializers import ErrorOut, SessionParams, TokenOut

router = APIRouter(prefix="/session", tags=["session"])


@router.post("", response_model=TokenOut, responses={401: {"model": ErrorOut}}, summary="Log in")
async def create(params: SessionParams, db: Session = Depends(get_db)):
    user = User.find_by(db, username=params.username)
    if user is None or not user.authenticate(params.password):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid username or password")
    return {"access_token": user.api_token, "token_type": "Token"}


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, summary="Log out (rotates your token)")
async def destroy(user: User = Depends(authenticate_user), db: Session = Depends(get_db)):
    user.regenerate_api_token()
    user.save(db)
