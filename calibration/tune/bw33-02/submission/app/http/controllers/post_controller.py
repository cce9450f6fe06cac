from fastapi import Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app.models import Post
from app.policies.post_policy import Gate
from app.support.validator import validate


class PostController:
    sortable = ["created_at", "updated_at", "title", "id"]

    async def index(self, request: Request):
        limit = int(request.query_params.get("limit", 15))
        offset = int(request.query_params.get("offset", 0))

        sort = request.query_params.get("sort", "created_at")
        if sort not in self.sortable:
            sort = "created_at"
        direction = "asc" if request.query_params.get("direction") == "asc" else "desc"

        posts = Post.query().order_by(text(f"{sort} {direction}")).offset(offset).limit(limit).all()

        data = []
        for post in posts:
            item = post.to_array()
            item["author"] = post.author.to_array()
            item["comments_count"] = len(post.comments)
            data.append(item)

        return {
            "data": data,
            "meta": {"limit": limit, "offset": offset, "total": Post.query().count()},
        }

    async def store(self, request: Request):
        data = validate(await request.json(), {
            "title": "required|string|max:255",
            "content": "required|string",
        })

        post = Post.create(user_id=request.state.user.id, **data)

        return JSONResponse(post.to_array(), status_code=201)

    async def show(self, request: Request, id):
        post = Post.find_or_fail(id)
        item = post.to_array()
        item["author"] = post.author.to_array()
        return item

    async def update(self, request: Request, id):
        post = Post.find_or_fail(id)
        Gate.authorize("update", post, request.state.user)

        data = validate(await request.json(), {
            "title": "sometimes|string|max:255",
            "content": "sometimes|string",
        })
        post.update(**data)

        return post.to_array()

    async def destroy(self, request: Request, id):
        post = Post.find_or_fail(id)
        post.delete()

        return Response(status_code=204)
