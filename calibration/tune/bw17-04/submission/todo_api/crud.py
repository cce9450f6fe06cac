from todo_api import models


def get_user_by_username(db, username):
    return db.query(models.User).filter(models.User.username == username).first()


def create_user(db, username, hashed_password):
    user = models.User(username=username, hashed_password=hashed_password)
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


def get_todos_for_user(db, user_id, limit, offset):
    todos = (
        db.query(models.Todo)
        .filter(models.Todo.owner_id == user_id)
        .order_by(models.Todo.id)
        .all()
    )
    total = len(todos)
    return todos[offset : offset + limit], total


def get_todo(db, todo_id, user_id):
    return (
        db.query(models.Todo)
        .filter(models.Todo.id == todo_id, models.Todo.owner_id == user_id)
        .first()
    )


def create_todo(db, data, user_id):
    todo = models.Todo(**data.model_dump(), owner_id=user_id)
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return todo


def update_todo(db, todo, data):
    for key, value in data.model_dump(exclude_unset=True).items():
        setattr(todo, key, value)
    db.commit()
    db.refresh(todo)
    return todo


def delete_todo(db, todo):
    db.delete(todo)
    db.commit()
