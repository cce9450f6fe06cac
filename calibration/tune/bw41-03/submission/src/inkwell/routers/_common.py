"""Response documentation and row-to-model conversion shared by the routers."""

import sqlite3
from datetime import datetime
from typing import Any

from inkwell.schemas import Author, CommentRead, ErrorResponse, PostRead, UserRead

Responses = dict[int | str, dict[str, Any]]

UNAUTHORIZED: Responses = {
    401: {"model": ErrorResponse, "description": "Missing, invalid or expired token."}
}
FORBIDDEN: Responses = {
    403: {"model": ErrorResponse, "description": "Only the post's author may do this."}
}
POST_NOT_FOUND: Responses = {404: {"model": ErrorResponse, "description": "No such post."}}


def post_from_row(row: sqlite3.Row) -> PostRead:
    return PostRead(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=Author(id=row["author_id"], username=row["author_username"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def user_from_row(row: sqlite3.Row) -> UserRead:
    return UserRead(
        id=row["id"],
        username=row["username"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


def comment_from_row(row: sqlite3.Row) -> CommentRead:
    return CommentRead(
        id=row["id"],
        post_id=row["post_id"],
        body=row["body"],
        author=Author(id=row["author_id"], username=row["author_username"]),
        created_at=datetime.fromisoformat(row["created_at"]),
    )
