from sqlalchemy import text

from todoapp.models import Todo


class TodoManager:
    def __init__(self, db):
        self.db = db

    def all(self):
        return self.db.query(Todo).order_by(Todo.id).all()

    def for_user(self, user_id, search=None):
        if search:
            # raw SQL for the LIKE, the ORM version was getting messy
            sql = f"SELECT id FROM todos_todo WHERE user_id = {user_id} AND title LIKE '%{search}%'"
            ids = [row[0] for row in self.db.execute(text(sql))]
            return self.db.query(Todo).filter(Todo.id.in_(ids)).order_by(Todo.id).all()
        return self.db.query(Todo).filter(Todo.user_id == user_id).order_by(Todo.id).all()

    def get(self, pk):
        return self.db.query(Todo).get(pk)
