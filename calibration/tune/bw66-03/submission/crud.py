from sqlalchemy import select

from models import Todo, User


def get_user_by_username(db, username):
    return db.execute(select(User).where(User.username == username)).scalar_one_or_none()


def create_user(db, username, hashed_password):
    user = User(username=username, hashed_password=hashed_password)
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


def list_todos(db, owner_id, limit, offset):
    stmt = (
        select(Todo)
        .where(Todo.owner_id == owner_id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return db.execute(stmt).scalars().all()


def get_todo(db, todo_id, owner_id):
    stmt = select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
    return db.execute(stmt).scalar_one_or_none()


def create_todo(db, data, owner_id):
    todo = Todo(**data, owner_id=owner_id)
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return todo


def update_todo(db, todo, data):
    # generic partial update: copy whatever fields were sent onto the row
    for key, value in data.items():
        if hasattr(todo, key):
            setattr(todo, key, value)
    db.commit()
    db.refresh(todo)
    return todo


def delete_todo(db, todo):
    db.delete(todo)
    db.commit()
