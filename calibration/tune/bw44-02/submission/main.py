"""
Plugin Name: Blog API
Description: Multi author blog REST API (posts + comments). Ported from my WordPress plugin "Simple Blog REST".
Version: 1.0.0
Author: Kevin M.
"""
import sqlite3
import hashlib
import time
import html

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

# ---- config (like wp-config.php) ----
DB_NAME = "blog.db"
TABLE_PREFIX = "wp_"
AUTH_SALT = "put your unique phrase here"
BAPI_DEBUG = True

app = FastAPI(title="Blog API", docs_url=None, redoc_url=None, openapi_url=None)

# global db object, same idea as $wpdb
wpdb = sqlite3.connect(DB_NAME, check_same_thread=False)
wpdb.row_factory = sqlite3.Row

# global current user, same as $current_user in WP
current_user = None

# ---- hooks system ----
_actions = {}
_filters = {}


def add_action(tag, callback, priority=10):
    _actions.setdefault(tag, []).append((priority, callback))
    _actions[tag].sort(key=lambda x: x[0])


def do_action(tag, *args):
    for priority, callback in _actions.get(tag, []):
        callback(*args)


def add_filter(tag, callback, priority=10):
    _filters.setdefault(tag, []).append((priority, callback))
    _filters[tag].sort(key=lambda x: x[0])


def apply_filters(tag, value, *args):
    for priority, callback in _filters.get(tag, []):
        value = callback(value, *args)
    return value


# ---- response helpers ----
def wp_send_json_success(data=None, status_code=200):
    return JSONResponse({"success": True, "data": data}, status_code=status_code)


def wp_send_json_error(data=None, status_code=200):
    return JSONResponse({"success": False, "data": data}, status_code=status_code)


# ---- activation hook: create tables ----
def bapi_install():
    wpdb.executescript(f"""
    CREATE TABLE IF NOT EXISTS {TABLE_PREFIX}users (
        ID INTEGER PRIMARY KEY AUTOINCREMENT,
        user_login TEXT UNIQUE,
        user_pass TEXT,
        user_email TEXT,
        display_name TEXT,
        user_registered TEXT,
        session_token TEXT
    );
    CREATE TABLE IF NOT EXISTS {TABLE_PREFIX}posts (
        ID INTEGER PRIMARY KEY AUTOINCREMENT,
        post_author INTEGER,
        post_title TEXT,
        post_content TEXT,
        post_status TEXT DEFAULT 'publish',
        post_date TEXT,
        post_modified TEXT
    );
    CREATE TABLE IF NOT EXISTS {TABLE_PREFIX}comments (
        comment_ID INTEGER PRIMARY KEY AUTOINCREMENT,
        comment_post_ID INTEGER,
        user_id INTEGER,
        comment_author TEXT,
        comment_content TEXT,
        comment_date TEXT
    );
    """)
    wpdb.commit()


bapi_install()


# ---- pluggable functions ----
def wp_hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def current_time():
    return time.strftime("%Y-%m-%d %H:%M:%S")


def get_userdata(user_id):
    row = wpdb.execute(f"SELECT * FROM {TABLE_PREFIX}users WHERE ID = {user_id}").fetchone()
    if row:
        return dict(row)
    return None


def is_user_logged_in():
    return current_user is not None


# ---- default filters / actions ----
def bapi_autop(content):
    # simple wpautop
    paras = [p.strip() for p in content.split("\n\n") if p.strip()]
    return "".join("<p>" + p.replace("\n", "<br />") + "</p>" for p in paras)


def bapi_kses(content):
    return html.escape(content, quote=False)


def bapi_log(message):
    if BAPI_DEBUG:
        with open("debug.log", "a") as f:
            f.write("[" + current_time() + "] " + message + "\n")


def bapi_log_new_post(post_id, post):
    bapi_log("new post " + str(post_id) + " by " + str(post["post_author"]))


def bapi_log_new_comment(comment_id, post_id):
    bapi_log("new comment " + str(comment_id) + " on post " + str(post_id))


add_filter("the_content", bapi_kses, 5)
add_filter("the_content", bapi_autop, 10)
add_filter("pre_comment_content", bapi_kses)
add_action("bapi_insert_post", bapi_log_new_post)
add_action("bapi_insert_comment", bapi_log_new_comment)


def bapi_prepare_post(row):
    post = dict(row)
    post["author"] = get_userdata(post["post_author"])
    post["comment_count"] = wpdb.execute(
        f"SELECT COUNT(*) FROM {TABLE_PREFIX}comments WHERE comment_post_ID = {post['ID']}"
    ).fetchone()[0]
    post["post_content"] = apply_filters("the_content", post["post_content"])
    return apply_filters("bapi_prepare_post", post)


# ---- middleware: set the current user from the token ----
@app.middleware("http")
async def bapi_set_current_user(request: Request, call_next):
    global current_user
    current_user = None
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        token = auth[7:]
        row = wpdb.execute(
            f"SELECT * FROM {TABLE_PREFIX}users WHERE session_token = ?", (token,)
        ).fetchone()
        if row:
            current_user = dict(row)
    do_action("init")
    response = await call_next(request)
    return response


# ---- routes ----
@app.get("/")
async def index():
    return wp_send_json_success({"name": "Blog API", "namespace": "blog/v1", "version": "1.0.0"})


@app.post("/wp-json/blog/v1/register")
async def register(request: Request):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    if not username or not password:
        return wp_send_json_error("Username and password are required")

    exists = wpdb.execute(
        f"SELECT ID FROM {TABLE_PREFIX}users WHERE user_login = ?", (username,)
    ).fetchone()
    if exists:
        return wp_send_json_error("Sorry, that username already exists!")

    cur = wpdb.execute(
        f"INSERT INTO {TABLE_PREFIX}users (user_login, user_pass, user_email, display_name, user_registered) VALUES (?, ?, ?, ?, ?)",
        (username, wp_hash_password(password), data.get("email", ""), data.get("display_name", username), current_time()),
    )
    wpdb.commit()
    do_action("user_register", cur.lastrowid)
    return wp_send_json_success(get_userdata(cur.lastrowid), 201)


@app.post("/wp-json/blog/v1/login")
async def login(request: Request):
    data = await request.json()
    username = data.get("username", "")
    password = data.get("password", "")
    user = wpdb.execute(
        f"SELECT * FROM {TABLE_PREFIX}users WHERE user_login = '{username}' AND user_pass = '{wp_hash_password(password)}'"
    ).fetchone()
    if not user:
        return wp_send_json_error("The password you entered for the username " + username + " is incorrect.", 401)

    token = hashlib.md5((username + AUTH_SALT + str(time.time())).encode()).hexdigest()
    wpdb.execute(f"UPDATE {TABLE_PREFIX}users SET session_token = ? WHERE ID = ?", (token, user["ID"]))
    wpdb.commit()
    do_action("wp_login", username)
    return wp_send_json_success({"token": token, "user_id": user["ID"], "user_login": user["user_login"]})


@app.get("/wp-json/blog/v1/posts")
async def get_posts(request: Request):
    per_page = int(request.query_params.get("per_page", 10))
    page = int(request.query_params.get("page", 1))
    offset = (page - 1) * per_page
    rows = wpdb.execute(
        f"SELECT * FROM {TABLE_PREFIX}posts WHERE post_status = 'publish' ORDER BY post_date DESC LIMIT {per_page} OFFSET {offset}"
    ).fetchall()
    posts = []
    for row in rows:
        posts.append(bapi_prepare_post(row))
    return wp_send_json_success(posts)


@app.get("/wp-json/blog/v1/posts/{id}")
async def get_post(id):
    row = wpdb.execute(f"SELECT * FROM {TABLE_PREFIX}posts WHERE ID = {id}").fetchone()
    post = bapi_prepare_post(row)
    return wp_send_json_success(post)


@app.post("/wp-json/blog/v1/posts")
async def create_post(request: Request):
    if not is_user_logged_in():
        return wp_send_json_error("You are not allowed to create posts.", 401)
    data = await request.json()
    title = data.get("title", "")
    content = data.get("content", "")
    post = {
        "post_author": current_user["ID"],
        "post_title": title,
        "post_content": content,
        "post_status": data.get("status", "publish"),
        "post_date": current_time(),
        "post_modified": current_time(),
    }
    post = apply_filters("wp_insert_post_data", post)
    cur = wpdb.execute(
        f"INSERT INTO {TABLE_PREFIX}posts (post_author, post_title, post_content, post_status, post_date, post_modified) VALUES (?, ?, ?, ?, ?, ?)",
        (post["post_author"], post["post_title"], post["post_content"], post["post_status"], post["post_date"], post["post_modified"]),
    )
    wpdb.commit()
    do_action("bapi_insert_post", cur.lastrowid, post)
    post["ID"] = cur.lastrowid
    return wp_send_json_success(post, 201)


# same as WP REST: POST to the item updates it
@app.post("/wp-json/blog/v1/posts/{id}")
@app.put("/wp-json/blog/v1/posts/{id}")
async def update_post(id, request: Request):
    if not is_user_logged_in():
        return wp_send_json_error("You are not allowed to edit posts.", 401)
    post = wpdb.execute(f"SELECT * FROM {TABLE_PREFIX}posts WHERE ID = {id}").fetchone()
    if not post:
        return wp_send_json_error("Invalid post ID.", 404)
    if post["post_author"] != current_user["ID"]:
        return wp_send_json_error("Sorry, you are not allowed to edit this post.", 403)
    data = await request.json()
    title = data.get("title", post["post_title"])
    content = data.get("content", post["post_content"])
    wpdb.execute(
        f"UPDATE {TABLE_PREFIX}posts SET post_title = ?, post_content = ?, post_modified = ? WHERE ID = ?",
        (title, content, current_time(), id),
    )
    wpdb.commit()
    do_action("bapi_update_post", id)
    row = wpdb.execute(f"SELECT * FROM {TABLE_PREFIX}posts WHERE ID = {id}").fetchone()
    return wp_send_json_success(bapi_prepare_post(row))


@app.delete("/wp-json/blog/v1/posts/{id}")
async def delete_post(id):
    if not is_user_logged_in():
        return wp_send_json_error("You are not allowed to delete posts.", 401)
    post = wpdb.execute(f"SELECT * FROM {TABLE_PREFIX}posts WHERE ID = {id}").fetchone()
    if not post:
        return wp_send_json_error("Invalid post ID.", 404)
    if post["post_author"] != current_user["ID"]:
        return wp_send_json_error("Sorry, you are not allowed to delete this post.", 403)
    wpdb.execute(f"DELETE FROM {TABLE_PREFIX}posts WHERE ID = {id}")
    wpdb.execute(f"DELETE FROM {TABLE_PREFIX}comments WHERE comment_post_ID = {id}")
    wpdb.commit()
    do_action("bapi_delete_post", id)
    return wp_send_json_success({"deleted": True, "previous": dict(post)})


@app.get("/wp-json/blog/v1/posts/{id}/comments")
async def get_comments(id):
    rows = wpdb.execute(
        f"SELECT * FROM {TABLE_PREFIX}comments WHERE comment_post_ID = {id} ORDER BY comment_date ASC"
    ).fetchall()
    comments = []
    for row in rows:
        c = dict(row)
        c["author"] = get_userdata(c["user_id"])
        comments.append(c)
    return wp_send_json_success(comments)


@app.post("/wp-json/blog/v1/posts/{id}/comments")
async def create_comment(id, request: Request):
    if not is_user_logged_in():
        return wp_send_json_error("Sorry, you must be logged in to comment.", 401)
    post = wpdb.execute(f"SELECT ID FROM {TABLE_PREFIX}posts WHERE ID = {id}").fetchone()
    if not post:
        return wp_send_json_error("Invalid post ID.", 404)
    data = await request.json()
    content = apply_filters("pre_comment_content", data.get("content", ""))
    if content == "":
        return wp_send_json_error("Please type your comment text.")
    cur = wpdb.execute(
        f"INSERT INTO {TABLE_PREFIX}comments (comment_post_ID, user_id, comment_author, comment_content, comment_date) VALUES (?, ?, ?, ?, ?)",
        (id, current_user["ID"], current_user["display_name"], content, current_time()),
    )
    wpdb.commit()
    do_action("bapi_insert_comment", cur.lastrowid, id)
    return wp_send_json_success({"comment_ID": cur.lastrowid, "comment_post_ID": id, "comment_content": content}, 201)
