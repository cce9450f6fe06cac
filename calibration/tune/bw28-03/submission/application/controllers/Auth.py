from fastapi import APIRouter, Request

from application.helpers.auth_helper import create_session
from application.helpers.response_helper import error, success
from application.models.User_model import User_model

router = APIRouter()
user_model = User_model()


@router.post('/auth/register')
async def register(request: Request):
    data = await request.json()
    username = data.get('username')
    password = data.get('password')

    if not username or not password:
        return error('Username and password are required', 400)
    if len(password) < 6:
        return error('Password must be at least 6 characters', 400)
    if user_model.get_by_username(username):
        return error('Username already exists', 409)

    id = user_model.register(username, password)
    user = user_model.get_user(id)
    return success(user, 'Registration successful', 201)


@router.post('/auth/login')
async def login(request: Request):
    data = await request.json()
    user = user_model.check_login(data.get('username'), data.get('password'))
    if not user:
        return error('Invalid username or password', 401)

    token = create_session(user['id'])
    return success({'token': token, 'user_id': user['id']}, 'Login successful')
