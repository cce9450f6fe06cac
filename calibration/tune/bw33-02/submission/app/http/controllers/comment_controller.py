from fastapi import Request
from fastapi.responses import JSONResponse

from app.models import Comment, Post
from app.support.validator import validate


class CommentController:
    async def index(self, request: Request, post_id):
        post = Post.find_or_fail(post_id)

        limit = int(request.query_params.get("limit", 15))
        offset = int(request.query_params.get("offset", 0))

        comments = (
            Comment.where(post_id=post.id)
            .order_by(Comment.created_at.asc())
            .offset(offset)
            .limit(limit)
            .all()
        )

        data = []
        for comment in comments:
            item = comment.to_array()
            item["user"] = comment.user.to_array()
            data.append(item)

        return {"data": data, "meta": {"limit": limit, "offset": offset}}

    async def store(self, request: Request, post_id):
        post = Post.find_or_fail(post_id)

        data = validate(await request.json(), {
            "body": "required|string|max:5000",
        })

        comment = Comment.create(post_id=post.id, user_id=request.state.user.id, body=data["body"])

        return JSONResponse(comment.to_array(), status_code=201)
