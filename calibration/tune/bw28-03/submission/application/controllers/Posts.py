import datetime

from fastapi import APIRouter, Depends, Request

from application.helpers.auth_helper import logged_in_user
from application.helpers.response_helper import error, success
from application.models.Comment_model import Comment_model
from application.models.Post_model import Post_model
from application.models.User_model import User_model
from config.config import config

router = APIRouter()
post_model = Post_model()
comment_model = Comment_model()
user_model = User_model()


@router.get('/posts')
def index(request: Request):
    limit = int(request.query_params.get('limit', config['per_page']))
    offset = int(request.query_params.get('offset', 0))
    order_by = request.query_params.get('order_by', 'created_at')
    sort = request.query_params.get('sort', 'DESC')

    posts = post_model.get_posts(limit, offset, order_by, sort)
    for post in posts:
        post['author'] = user_model.get_user(post['user_id'])
        post['comment_count'] = comment_model.count_by_post(post['id'])

    return success({'posts': posts, 'total': post_model.count_all(), 'limit': limit, 'offset': offset})


@router.get('/posts/{id}')
def view(id):
    post = post_model.get_post(id)
    if not post:
        return error('Post not found', 404)
    post['author'] = user_model.get_user(post['user_id'])
    post['comments'] = comment_model.get_by_post(id)
    return success(post)


@router.post('/posts')
async def create(request: Request, user=Depends(logged_in_user)):
    data = await request.json()
    if not data.get('title') or not data.get('content'):
        return error('Title and content are required', 400)

    insert = {
        'user_id': user['id'],
        'title': data['title'],
        'content': data['content'],
    }
    id = post_model.insert_post(insert)
    return success(post_model.get_post(id), 'Post created', 201)


@router.put('/posts/{id}')
async def update(id, request: Request, user=Depends(logged_in_user)):
    post = post_model.get_post(id)
    if not post:
        return error('Post not found', 404)
    if post['user_id'] != user['id']:
        return error('You can only edit your own posts', 403)

    data = await request.json()
    update = {
        'title': data.get('title', post['title']),
        'content': data.get('content', post['content']),
        'updated_at': datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S'),
    }
    post_model.update_post(id, update)
    return success(post_model.get_post(id), 'Post updated')


@router.delete('/posts/{id}')
def delete(id, user=Depends(logged_in_user)):
    post = post_model.get_post(id)
    if not post:
        return error('Post not found', 404)

    post_model.delete_post(id)
    return success(None, 'Post deleted')
