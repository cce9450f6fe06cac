"""create users and todos

Revision ID: 5d0a8f3c21e4
Revises:
Create Date: 2024-02-24 16:40:12.334519

"""
from alembic import op
import sqlalchemy as sa


revision = "5d0a8f3c21e4"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "users_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("password", sa.String(length=128), nullable=False),
        sa.Column("date_joined", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "todos_todo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users_user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_todos_todo_owner_id"), "todos_todo", ["owner_id"], unique=False)


def downgrade():
    op.drop_index(op.f("ix_todos_todo_owner_id"), table_name="todos_todo")
    op.drop_table("todos_todo")
    op.drop_table("users_user")
