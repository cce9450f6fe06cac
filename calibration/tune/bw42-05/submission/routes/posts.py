import uuid
from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from db import posts, users

router = APIRouter()


def now():
    return datetime.utcnow().isoformat()


# like mongoose populate("author")
def withAuthor(post):
    author = users.get(doc_id=post["authorId"])
    return {**post, "id": post.doc_id, "author": author}


# GET /api/posts?limit=10&offset=0
@router.get("")
async def getPosts(request: Request):
    try:
        limit = int(request.query_params.get("limit", 10))
        offset = int(request.query_params.get("offset", 0))

        allPosts = posts.all()
        allPosts.sort(key=lambda p: p["createdAt"], reverse=True)
        page = [withAuthor(p) for p in allPosts[offset : offset + limit]]

        return {"posts": page, "total": len(allPosts), "limit": limit, "offset": offset}
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# GET /api/posts/:id
@router.get("/{id}")
async def getPost(request: Request):
    try:
        post = posts.get(doc_id=int(request.path_params["id"]))
        if not post:
            return JSONResponse(status_code=404, content={"error": "Post not found"})
        return withAuthor(post)
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# POST /api/posts
@router.post("")
async def createPost(request: Request):
    try:
        body = await request.json()
        user = request.state.user

        newPost = {
            "title": body["title"],
            "content": body["content"],
            "authorId": user["id"],
            "comments": [],
            "createdAt": now(),
        }
        postId = posts.insert(newPost)

        return JSONResponse(status_code=201, content={**newPost, "id": postId})
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# PUT /api/posts/:id
@router.put("/{id}")
async def updatePost(request: Request):
    try:
        postId = int(request.path_params["id"])
        post = posts.get(doc_id=postId)
        if not post:
            return JSONResponse(status_code=404, content={"error": "Post not found"})
        if post["authorId"] != request.state.user["id"]:
            return JSONResponse(status_code=403, content={"error": "Not your post"})

        body = await request.json()
        posts.update({**body, "updatedAt": now()}, doc_ids=[postId])

        return {**posts.get(doc_id=postId), "id": postId}
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# DELETE /api/posts/:id
@router.delete("/{id}")
async def deletePost(request: Request):
    try:
        postId = int(request.path_params["id"])
        post = posts.get(doc_id=postId)
        if not post:
            return JSONResponse(status_code=404, content={"error": "Post not found"})
        if post["authorId"] != request.state.user["id"]:
            return JSONResponse(status_code=403, content={"error": "Not your post"})

        posts.remove(doc_ids=[postId])
        return {"message": "Post deleted"}
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# GET /api/posts/:id/comments
@router.get("/{id}/comments")
async def getComments(request: Request):
    try:
        post = posts.get(doc_id=int(request.path_params["id"]))
        if not post:
            return JSONResponse(status_code=404, content={"error": "Post not found"})
        return post["comments"]
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})


# POST /api/posts/:id/comments
@router.post("/{id}/comments")
async def addComment(request: Request):
    try:
        postId = int(request.path_params["id"])
        post = posts.get(doc_id=postId)
        if not post:
            return JSONResponse(status_code=404, content={"error": "Post not found"})

        body = await request.json()
        user = request.state.user
        comment = {
            "id": str(uuid.uuid4()),
            "text": body["text"],
            "authorId": user["id"],
            "username": user["username"],
            "createdAt": now(),
        }
        post["comments"].append(comment)
        posts.update({"comments": post["comments"]}, doc_ids=[postId])

        return JSONResponse(status_code=201, content=comment)
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": str(e)})
