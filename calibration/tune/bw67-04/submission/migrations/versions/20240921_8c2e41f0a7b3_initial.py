"""initial: users, posts, comments

Revision ID: 8c2e41f0a7b3
Revises:
Create Date: 2024-09-21 14:03:52.771904
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8c2e41f0a7b3"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("password_hash", sa.String(length=60), nullable=False),
        sa.Column(
            "date_joined", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts_user")),
        sa.UniqueConstraint("username", name=op.f("uq_accounts_user_username")),
    )
    op.create_table(
        "posts_post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts_user.id"],
            name=op.f("fk_posts_post_author_id_accounts_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts_post")),
    )
    op.create_index(op.f("ix_posts_post_author_id"), "posts_post", ["author_id"])
    op.create_index(op.f("ix_posts_post_created_at"), "posts_post", ["created_at"])
    op.create_table(
        "posts_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["accounts_user.id"],
            name=op.f("fk_posts_comment_author_id_accounts_user"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts_post.id"],
            name=op.f("fk_posts_comment_post_id_posts_post"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts_comment")),
    )
    op.create_index(op.f("ix_posts_comment_post_id"), "posts_comment", ["post_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_posts_comment_post_id"), table_name="posts_comment")
    op.drop_table("posts_comment")
    op.drop_index(op.f("ix_posts_post_created_at"), table_name="posts_post")
    op.drop_index(op.f("ix_posts_post_author_id"), table_name="posts_post")
    op.drop_table("posts_post")
    op.drop_table("accounts_user")
