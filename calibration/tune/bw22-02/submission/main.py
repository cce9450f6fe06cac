"""
Plugin Name: Blog API
Description: Multi-author blog REST API (posts + comments). Ported from the way I'd build it as a WP plugin.
Version: 1.0.0
Author: Dani Ortega
Requires Python: 3.11
"""

import hashlib
import re
import secrets
import time
from datetime import datetime

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

app = FastAPI(title="Blog API", version="1.0.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# ---------------------------------------------------------------------------
# Config (think wp-config.php)
# ---------------------------------------------------------------------------

AUTH_SALT = "put your unique phrase here"
BLOG_DEFAULT_PER_PAGE = 10
BLOG_MAX_PER_PAGE = 100

# ---------------------------------------------------------------------------
# "Tables" - everything is kept in memory, keyed by ID like $wpdb rows
# ---------------------------------------------------------------------------

blog_users = {}  # ID => user array
blog_posts = {}  # ID => post array
blog_comments = {}  # comment_ID => comment array
blog_api_keys = {}  # api key => user ID

blog_options = {
    "next_user_id": 1,
    "next_post_id": 1,
    "next_comment_id": 1,
}

# ---------------------------------------------------------------------------
# Tiny hooks API so things can be extended later without touching the routes
# ---------------------------------------------------------------------------

blog_filters = {}


def add_filter(tag, callback, priority=10):
    if tag not in blog_filters:
        blog_filters[tag] = []
    blog_filters[tag].append((priority, callback))
    blog_filters[tag].sort(key=lambda item: item[0])


def apply_filters(tag, value, *args):
    for priority, callback in blog_filters.get(tag, []):
        value = callback(value, *args)
    return value


# ---------------------------------------------------------------------------
# Helpers (same idea as the WP functions they are named after)
# ---------------------------------------------------------------------------


def absint(value):
    try:
        return abs(int(value))
    except (TypeError, ValueError):
        return 0


def sanitize_text_field(value):
    value = str(value)
    value = re.sub(r"<[^>]*>", "", value)
    value = re.sub(r"[\r\n\t ]+", " ", value)
    return value.strip()


def sanitize_user(username):
    username = sanitize_text_field(username)
    username = re.sub(r"[^a-zA-Z0-9 _.\-@]", "", username)
    username = re.sub(r"\s+", " ", username)
    return username.strip()


def current_time_mysql():
    return datetime.utcnow().strftime("%Y-%m-%d %H:%M:%S")


def blog_error(code, message, status):
    return JSONResponse(
        status_code=status,
        content={"code": code, "message": message, "data": {"status": status}},
    )


async def blog_get_params(request):
    """Like WP_REST_Request::get_params(): query string, JSON body and form body merged."""
    params = dict(request.query_params)
    content_type = request.headers.get("content-type", "")
    if "application/json" in content_type:
        try:
            body = await request.json()
        except Exception:
            body = {}
        if isinstance(body, dict):
            params.update(body)
    elif "form" in content_type:
        form = await request.form()
        params.update(dict(form))
    return params


def blog_hash_password(password):
    return hashlib.sha256((AUTH_SALT + password).encode("utf-8")).hexdigest()


def blog_check_password(password, hashed):
    return secrets.compare_digest(blog_hash_password(password), hashed)


# ---------------------------------------------------------------------------
# Users
# ---------------------------------------------------------------------------


def blog_get_user_by(field, value):
    for user in blog_users.values():
        if user[field] == value:
            return user
    return False


def blog_get_userdata(user_id):
    return blog_users.get(user_id, False)


def blog_insert_user(userdata):
    user_id = blog_options["next_user_id"]
    blog_options["next_user_id"] += 1
    user = {
        "ID": user_id,
        "user_login": userdata["user_login"],
        "user_pass": blog_hash_password(userdata["user_pass"]),
        "user_registered": current_time_mysql(),
        "display_name": userdata["user_login"],
    }
    blog_users[user_id] = user
    return user_id


def blog_prepare_user_for_response(user):
    data = {
        "id": user["ID"],
        "username": user["user_login"],
        "name": user["display_name"],
        "registered_date": user["user_registered"],
    }
    return apply_filters("blog_prepare_user", data, user)


def blog_determine_current_user(request):
    api_key = request.headers.get("x-api-key", "")
    if not api_key:
        authorization = request.headers.get("authorization", "")
        if authorization.lower().startswith("bearer "):
            api_key = authorization[7:].strip()
    if not api_key:
        return False
    user_id = blog_api_keys.get(api_key)
    if not user_id:
        return False
    return blog_get_userdata(user_id)


# ---------------------------------------------------------------------------
# Posts + comments
# ---------------------------------------------------------------------------


def blog_get_post(post_id):
    return blog_posts.get(absint(post_id), False)


def blog_get_comment_count(post_id):
    count = 0
    for comment in blog_comments.values():
        if comment["comment_post_ID"] == post_id and comment["comment_approved"] == 1:
            count += 1
    return count


def blog_prepare_post_for_response(post):
    author = blog_get_userdata(post["post_author"])
    data = {
        "id": post["ID"],
        "date": post["post_date"],
        "modified": post["post_modified"],
        "title": post["post_title"],
        "content": post["post_content"],
        "excerpt": post["post_content"][:55],
        "author": author["user_login"] if author else "",
        "comment_count": blog_get_comment_count(post["ID"]),
        "_embedded": {"author": author},
    }
    return apply_filters("blog_prepare_post", data, post)


def blog_prepare_comment_for_response(comment):
    data = {
        "id": comment["comment_ID"],
        "post_id": comment["comment_post_ID"],
        "author": comment["comment_author"],
        "date": comment["comment_date"],
        "body": comment["comment_content"],
    }
    return apply_filters("blog_prepare_comment", data, comment)


# ---------------------------------------------------------------------------
# Routes: auth
# ---------------------------------------------------------------------------


@app.post("/auth/register", status_code=201)
async def blog_register(request: Request):
    params = await blog_get_params(request)

    username = sanitize_user(params.get("username", ""))
    password = params.get("password", "")

    if not username:
        return blog_error("empty_user_login", "Cannot create a user with an empty login name.", 400)
    if not password or not isinstance(password, str):
        return blog_error("empty_user_pass", "Please enter a password.", 400)
    if len(username) > 60:
        return blog_error("user_login_too_long", "Username may not be longer than 60 characters.", 400)
    if blog_get_user_by("user_login", username):
        return blog_error("existing_user_login", "Sorry, that username already exists!", 400)

    user_id = blog_insert_user({"user_login": username, "user_pass": password})
    return blog_prepare_user_for_response(blog_get_userdata(user_id))


@app.post("/auth/token")
async def blog_login(request: Request):
    params = await blog_get_params(request)
    username = sanitize_user(params.get("username", ""))
    password = params.get("password", "")

    user = blog_get_user_by("user_login", username)
    if not user:
        return blog_error("invalid_username", "Unknown username. Check again or try your email address.", 401)
    if not isinstance(password, str) or not blog_check_password(password, user["user_pass"]):
        return blog_error(
            "incorrect_password",
            "The password you entered for the username " + username + " is incorrect.",
            401,
        )

    api_key = secrets.token_hex(24)
    blog_api_keys[api_key] = user["ID"]
    return {"access_token": api_key, "token_type": "bearer", "user_id": user["ID"]}


# ---------------------------------------------------------------------------
# Routes: posts
# ---------------------------------------------------------------------------


@app.get("/posts")
async def blog_list_posts(request: Request):
    per_page = absint(request.query_params.get("limit", BLOG_DEFAULT_PER_PAGE))
    offset = absint(request.query_params.get("offset", 0))
    if per_page < 1:
        per_page = BLOG_DEFAULT_PER_PAGE
    if per_page > BLOG_MAX_PER_PAGE:
        per_page = BLOG_MAX_PER_PAGE

    posts = sorted(blog_posts.values(), key=lambda p: p["post_date"], reverse=True)
    total = len(posts)
    posts = posts[offset : offset + per_page]

    data = []
    for post in posts:
        data.append(blog_prepare_post_for_response(post))

    headers = {"X-WP-Total": str(total)}
    return JSONResponse(content=data, headers=headers)


@app.post("/posts", status_code=201)
async def blog_create_post(request: Request):
    user = blog_determine_current_user(request)
    if not user:
        return blog_error("rest_cannot_create", "Sorry, you are not allowed to create posts as this user.", 401)

    params = await blog_get_params(request)
    if not params.get("title"):
        return blog_error("rest_missing_callback_param", "Missing parameter(s): title", 400)
    if not params.get("content"):
        return blog_error("rest_missing_callback_param", "Missing parameter(s): content", 400)

    post_id = blog_options["next_post_id"]
    blog_options["next_post_id"] += 1
    now = current_time_mysql()
    blog_posts[post_id] = {
        "ID": post_id,
        "post_author": user["ID"],
        "post_date": now,
        "post_modified": now,
        "post_title": sanitize_text_field(params["title"]),
        "post_content": str(params["content"]),
        "post_status": "publish",
    }
    return blog_prepare_post_for_response(blog_posts[post_id])


@app.get("/posts/{post_id}")
async def blog_read_post(post_id):
    post = blog_get_post(post_id)
    if not post:
        return blog_error("rest_post_invalid_id", "Invalid post ID.", 404)
    return blog_prepare_post_for_response(post)


@app.api_route("/posts/{post_id}", methods=["POST", "PUT", "PATCH"])
async def blog_update_post(post_id, request: Request):
    user = blog_determine_current_user(request)
    if not user:
        return blog_error("rest_cannot_edit", "Sorry, you are not allowed to edit this post.", 401)

    post = blog_get_post(post_id)
    if not post:
        return blog_error("rest_post_invalid_id", "Invalid post ID.", 404)
    if post["post_author"] != user["ID"]:
        return blog_error("rest_cannot_edit", "Sorry, you are not allowed to edit this post.", 403)

    params = await blog_get_params(request)
    if "title" in params:
        if not params["title"]:
            return blog_error("rest_invalid_param", "Invalid parameter(s): title", 400)
        post["post_title"] = sanitize_text_field(params["title"])
    if "content" in params:
        if not params["content"]:
            return blog_error("rest_invalid_param", "Invalid parameter(s): content", 400)
        post["post_content"] = str(params["content"])
    post["post_modified"] = current_time_mysql()

    return blog_prepare_post_for_response(post)


@app.delete("/posts/{post_id}")
async def blog_delete_post(post_id, request: Request):
    user = blog_determine_current_user(request)
    if not user:
        return blog_error("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 401)

    post = blog_get_post(post_id)
    if not post:
        return blog_error("rest_post_invalid_id", "Invalid post ID.", 404)
    if post["post_author"] != user["ID"]:
        return blog_error("rest_cannot_delete", "Sorry, you are not allowed to delete this post.", 403)

    previous = blog_prepare_post_for_response(post)

    # delete the comments too, like wp_delete_post() does
    for comment_id in list(blog_comments.keys()):
        if blog_comments[comment_id]["comment_post_ID"] == post["ID"]:
            del blog_comments[comment_id]
    del blog_posts[post["ID"]]

    return {"deleted": True, "previous": previous}


# ---------------------------------------------------------------------------
# Routes: comments
# ---------------------------------------------------------------------------


@app.get("/posts/{post_id}/comments")
async def blog_list_comments(post_id):
    post = blog_get_post(post_id)
    if not post:
        return blog_error("rest_post_invalid_id", "Invalid post ID.", 404)

    data = []
    for comment in blog_comments.values():
        if comment["comment_post_ID"] == post["ID"] and comment["comment_approved"] == 1:
            data.append(blog_prepare_comment_for_response(comment))
    return data


@app.post("/posts/{post_id}/comments", status_code=201)
async def blog_create_comment(post_id, request: Request):
    user = blog_determine_current_user(request)
    if not user:
        return blog_error(
            "rest_comment_login_required", "Sorry, you must be logged in to comment.", 401
        )

    post = blog_get_post(post_id)
    if not post:
        return blog_error("rest_comment_invalid_post_id", "Sorry, you are not allowed to create this comment without a post.", 404)

    params = await blog_get_params(request)
    content = params.get("body") or params.get("content")
    if not content:
        return blog_error("rest_comment_content_invalid", "Invalid comment content.", 400)

    comment_id = blog_options["next_comment_id"]
    blog_options["next_comment_id"] += 1
    blog_comments[comment_id] = {
        "comment_ID": comment_id,
        "comment_post_ID": post["ID"],
        "comment_author": user["user_login"],
        "user_id": user["ID"],
        "comment_date": current_time_mysql(),
        "comment_content": sanitize_text_field(content),
        "comment_approved": 1,
    }
    return blog_prepare_comment_for_response(blog_comments[comment_id])


@app.get("/")
async def blog_index():
    return {
        "name": "Blog API",
        "description": "Just another FastAPI blog",
        "routes": ["/auth/register", "/auth/token", "/posts", "/posts/{id}", "/posts/{id}/comments"],
        "time": int(time.time()),
    }
