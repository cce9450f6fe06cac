from repositories.todo_repository import TodoRepository


class TodoService:
    def __init__(self):
        self.todos = TodoRepository()

    def list(self, user, sort="id", status=None):
        todos = self.todos.all_for_user(user["id"], sort, status)
        return {"data": todos, "count": len(todos)}

    def find(self, id):
        return self.todos.find(id)

    def create(self, user, data):
        data["user_id"] = user["id"]
        return self.todos.create(data)

    def update(self, id, data):
        return self.todos.update(id, data)

    def delete(self, id):
        self.todos.delete(id)
