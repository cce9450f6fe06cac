# quick manual check against a running server (uvicorn main:app)
import requests

BASE = "http://127.0.0.1:8000"

r = requests.post(f"{BASE}/signup", json={"username": "test1", "password": "pw123"})
print("signup", r.status_code, r.text)

r = requests.post(f"{BASE}/login", json={"username": "test1", "password": "pw123"})
print("login", r.status_code, r.text)
key = r.json()["api_key"]
h = {"X-API-Key": key}

r = requests.post(f"{BASE}/todos", json={"title": "first todo", "description": "hello"}, headers=h)
print("create", r.status_code, r.text)
tid = r.json()["id"]

for i in range(5):
    requests.post(f"{BASE}/todos", json={"title": f"todo {i}"}, headers=h)

r = requests.get(f"{BASE}/todos?limit=3&offset=1", headers=h)
print("list", r.status_code, r.text)

r = requests.put(f"{BASE}/todos/{tid}", json={"done": 1}, headers=h)
print("update", r.status_code, r.text)

r = requests.get(f"{BASE}/stats", headers=h)
print("stats", r.status_code, r.text)

r = requests.delete(f"{BASE}/todos/{tid}", headers=h)
print("delete", r.status_code, r.text)

r = requests.get(f"{BASE}/todos/{tid}", headers=h)
print("get deleted", r.status_code, r.text)
