import time
import uuid

from fastapi import HTTPException, Request

from application.libraries.Db import db
from application.models.User_model import User_model
from config.config import config

user_model = User_model()


def create_session(user_id):
    token = uuid.uuid4().hex
    db.insert('ci_sessions', {
        'token': token,
        'user_id': user_id,
        'expires': int(time.time()) + config['sess_expiration'],
    })
    return token


def logged_in_user(request: Request):
    header = request.headers.get('Authorization', '')
    token = header.replace('Bearer ', '').strip()
    if not token:
        raise HTTPException(status_code=401, detail='Please login first')
    session = db.get_where('ci_sessions', {'token': token}).fetchone()
    if not session or session['expires'] < time.time():
        raise HTTPException(status_code=401, detail='Session expired, please login again')
    return user_model.get_user(session['user_id'])
