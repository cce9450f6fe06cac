from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from todoapp import settings
from todoapp.auth import check_password, get_current_user, get_or_create_token, make_password
from todoapp.db import get_db
from todoapp.managers import TodoManager
from todoapp.models import Todo, User
from todoapp.utils import model_to_dict

router = APIRouter()


# ---------------------------------------------------------------- accounts


@router.post("/signup")
async def signup(request: Request, db=Depends(get_db)):
    data = await request.json()
    username = data.get("username")
    password = data.get("password")
    if not username or not password:
        return JSONResponse({"error": "username and password are required"}, status_code=400)
    if db.query(User).filter(User.username == username).first():
        return JSONResponse({"error": "A user with that username already exists."}, status_code=400)
    user = User(username=username, password=make_password(password))
    db.add(user)
    db.commit()
    return model_to_dict(user)


@router.post("/login")
async def login(request: Request, db=Depends(get_db)):
    data = await request.json()
    user = db.query(User).filter(User.username == data.get("username")).first()
    if not user or not check_password(data.get("password"), user.password):
        return JSONResponse({"error": "Unable to log in with provided credentials."}, status_code=400)
    return {"token": get_or_create_token(db, user)}


# ---------------------------------------------------------------- todos


@router.get("/todos")
async def todo_list(request: Request, user=Depends(get_current_user), db=Depends(get_db)):
    offset = int(request.query_params.get("offset", 0))
    limit = int(request.query_params.get("limit", settings.PAGE_SIZE))
    search = request.query_params.get("search")
    todos = TodoManager(db).for_user(user.id, search=search)
    return {
        "count": len(todos),
        "results": [model_to_dict(t) for t in todos[offset:offset + limit]],
    }


@router.post("/todos")
async def todo_create(request: Request, user=Depends(get_current_user), db=Depends(get_db)):
    data = await request.json()
    if "title" not in data:
        return JSONResponse({"title": ["This field is required."]}, status_code=400)
    todo = Todo(
        user_id=user.id,
        title=data["title"],
        description=data.get("description"),
        done=data.get("done", False),
    )
    db.add(todo)
    db.commit()
    return model_to_dict(todo)


@router.get("/todos/{pk}")
async def todo_detail(pk: int, user=Depends(get_current_user), db=Depends(get_db)):
    todo = TodoManager(db).get(pk)
    if todo is None:
        raise HTTPException(status_code=404, detail="Not found.")
    return model_to_dict(todo)


@router.put("/todos/{pk}")
async def todo_update(pk: int, request: Request, user=Depends(get_current_user), db=Depends(get_db)):
    todo = TodoManager(db).get(pk)
    if todo is None or todo.user_id != user.id:
        raise HTTPException(status_code=404, detail="Not found.")
    data = await request.json()
    for key, value in data.items():
        setattr(todo, key, value)
    db.commit()
    return model_to_dict(todo)


@router.delete("/todos/{pk}")
async def todo_delete(pk: int, user=Depends(get_current_user), db=Depends(get_db)):
    todo = TodoManager(db).get(pk)
    if todo is None or todo.user_id != user.id:
        raise HTTPException(status_code=404, detail="Not found.")
    db.delete(todo)
    db.commit()
    return {"deleted": True}
