from fastapi import APIRouter, Depends, Request

from application.helpers.auth_helper import logged_in_user
from application.helpers.response_helper import error, success
from application.models.Comment_model import Comment_model
from application.models.Post_model import Post_model

router = APIRouter()
comment_model = Comment_model()
post_model = Post_model()


@router.get('/posts/{post_id}/comments')
def index(post_id):
    if not post_model.get_post(post_id):
        return error('Post not found', 404)
    return success(comment_model.get_by_post(post_id))


@router.post('/posts/{post_id}/comments')
async def create(post_id, request: Request, user=Depends(logged_in_user)):
    if not post_model.get_post(post_id):
        return error('Post not found', 404)

    data = await request.json()
    if not data.get('body'):
        return error('Comment body is required', 400)

    id = comment_model.insert_comment({
        'post_id': post_id,
        'user_id': user['id'],
        'body': data['body'],
    })
    return success({'id': id, 'post_id': post_id, 'body': data['body']}, 'Comment added', 201)
