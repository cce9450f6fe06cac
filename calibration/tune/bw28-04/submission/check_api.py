# quick manual check, start the server first:  uvicorn app:app
import requests

BASE = "http://localhost:8000"

r = requests.post(BASE + "/signup", json={"username": "test_user", "password": "test123"})
print("signup", r.status_code, r.json())

r = requests.post(BASE + "/login", json={"username": "test_user", "password": "test123"})
print("login", r.status_code, r.json())
token = r.json()["token"]
headers = {"Authorization": "Bearer " + token}

r = requests.post(BASE + "/todos", json={"title": "load data", "description": "from s3"}, headers=headers)
print("create", r.status_code, r.json())
todo_id = r.json()["id"]

r = requests.get(BASE + "/todos", headers=headers)
print("list", r.status_code, r.json())

r = requests.put(BASE + "/todos/" + str(todo_id), json={"done": True}, headers=headers)
print("update", r.status_code, r.json())

r = requests.delete(BASE + "/todos/" + str(todo_id), headers=headers)
print("delete", r.status_code, r.json())
