from datetime import datetime

from fastapi import HTTPException
from playhouse.shortcuts import model_to_dict

from app.models.todo import Todo


class TodoController:

    def index(self, user, limit=15, offset=0):
        todos = list(Todo.select().where(Todo.user == user).order_by(Todo.id.desc()))
        data = [model_to_dict(t, recurse=False) for t in todos[offset:offset + limit]]
        return {"data": data, "total": len(todos), "limit": limit, "offset": offset}

    def store(self, user, payload: dict):
        todo = Todo.create(
            user=user,
            title=payload["title"],
            description=payload.get("description"),
            done=payload.get("done", False),
        )
        return model_to_dict(todo, recurse=False)

    def show(self, user, id):
        todo = Todo.get_or_none((Todo.id == id) & (Todo.user == user))
        if not todo:
            raise HTTPException(status_code=404, detail="Todo not found")
        return model_to_dict(todo, recurse=False)

    def update(self, user, id, payload: dict):
        todo = Todo.get_or_none(Todo.id == id)
        if not todo:
            raise HTTPException(status_code=404, detail="Todo not found")
        for key in ["title", "description", "done"]:
            if key in payload:
                setattr(todo, key, payload[key])
        todo.updated_at = datetime.now()
        todo.save()
        return model_to_dict(todo, recurse=False)

    def destroy(self, user, id):
        todo = Todo.get_or_none(Todo.id == id)
        if not todo:
            raise HTTPException(status_code=404, detail="Todo not found")
        todo.delete_instance()
