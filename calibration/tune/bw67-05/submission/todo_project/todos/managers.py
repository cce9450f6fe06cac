from todo_project.todos.models import Todo


class TodoManager:
    """Poor man's ``Todo.objects``: returns queries already filtered to one owner."""

    def __init__(self, db):
        self.db = db

    def for_user(self, user):
        return self.db.query(Todo).filter(Todo.owner_id == user.id)

    def get_for_user(self, user, todo_id):
        return self.for_user(user).filter(Todo.id == todo_id).first()

    def create(self, user, **fields):
        todo = Todo(owner_id=user.id, **fields)
        self.db.add(todo)
        self.db.commit()
        self.db.refresh(todo)
        return todo

    def update(self, todo, **fields):
        for name, value in fields.items():
            setattr(todo, name, value)
        self.db.commit()
        self.db.refresh(todo)
        return todo

    def delete(self, todo):
        self.db.delete(todo)
        self.db.commit()

    def stats(self, user):
        todos = self.for_user(user).all()
        done = len([t for t in todos if t.done])
        return {"total": len(todos), "done": done, "pending": len(todos) - done}
