# auth.py
# =====================================================
# Everything about authentication (login, passwords, tokens) 🔐
# I followed the official FastAPI tutorial for this part!
# =====================================================

from datetime import datetime, timedelta
from typing import Optional

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jose import JWTError, jwt
from passlib.context import CryptContext
from sqlmodel import Session, select

from database import get_session
from models import User

# The secret key is used to sign the tokens so nobody can fake them 🔑
SECRET_KEY = "my-super-secret-key-that-nobody-will-guess-123"
# The algorithm used to sign the tokens
ALGORITHM = "HS256"
# Tokens are valid for one week so users don't have to login all the time 😄
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24 * 7

# bcrypt is a very secure way to hash passwords (it's slow on purpose!)
pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")

# This tells FastAPI where the user can get a token (our /login endpoint)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="login")


def hash_password(password: str) -> str:
    # turn "password123" into something like "$2b$12$Kix..." 🤯
    return pwd_context.hash(password)


def verify_password(plain_password: str, hashed_password: str) -> bool:
    # check if the password the user typed matches the hash in the database
    return pwd_context.verify(plain_password, hashed_password)


def create_access_token(data: dict, expires_delta: Optional[timedelta] = None) -> str:
    # copy the data so we don't change the original dictionary
    to_encode = data.copy()
    # calculate when the token expires
    if expires_delta:
        expire = datetime.utcnow() + expires_delta
    else:
        expire = datetime.utcnow() + timedelta(minutes=15)
    to_encode.update({"exp": expire})
    # create the token!
    encoded_jwt = jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)
    return encoded_jwt


async def get_current_user(
    token: str = Depends(oauth2_scheme), session: Session = Depends(get_session)
) -> User:
    # This function finds out WHO is making the request, using the token 🕵️
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials 😕",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        # decode the token to get the username inside it
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
        username: str = payload.get("sub")
        if username is None:
            raise credentials_exception
    except JWTError:
        raise credentials_exception

    # find the user in the database
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None:
        raise credentials_exception
    return user
