import bcrypt
from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from app.config.config import conf
from app.dao import user_dao
from app.db import get_db
from app.dto.user import LoginReq, RegisterReq, TokenResp, UserResp
from app.middleware.auth import gen_token
from app.pkg import errcode
from app.pkg.errcode import BizError
from app.model.user import User

router = APIRouter(prefix="/api/v1/user", tags=["user"])


@router.post("/register", response_model=UserResp, status_code=201, summary="register")
def register(req: RegisterReq, db: Session = Depends(get_db)) -> User:
    if user_dao.get_by_username(db, req.username) is not None:
        raise BizError(errcode.USER_EXISTS)
    pwd_hash = bcrypt.hashpw(req.password.encode("utf-8"), bcrypt.gensalt()).decode("utf-8")
    return user_dao.create(db, req.username, pwd_hash)


@router.post("/login", response_model=TokenResp, summary="login, get jwt token")
def login(req: LoginReq, db: Session = Depends(get_db)) -> TokenResp:
    u = user_dao.get_by_username(db, req.username)
    if u is None:
        raise BizError(errcode.LOGIN_FAILED)
    if not bcrypt.checkpw(req.password.encode("utf-8"), u.password_hash.encode("utf-8")):
        raise BizError(errcode.LOGIN_FAILED)
    return TokenResp(access_token=gen_token(u.id), expires_in=conf.jwt_expire_hours * 3600)
