"""Quick manual check of the API. Start the server first: uvicorn main:app --reload"""
import requests

BASE = "http://127.0.0.1:8000"

r = requests.post(f"{BASE}/signup", json={"username": "alice", "password": "alice123"})
print("signup", r.status_code, r.json())

r = requests.post(f"{BASE}/token", data={"username": "alice", "password": "alice123"})
print("token", r.status_code, r.json())
headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

r = requests.post(
    f"{BASE}/posts",
    json={"title": "My first post", "content": "Hello world, this is my blog " * 50},
    headers=headers,
)
print("create post", r.status_code, r.json())
post_id = r.json()["id"]

r = requests.post(f"{BASE}/posts/{post_id}/comments", json={"text": "Nice post!"}, headers=headers)
print("comment", r.status_code, r.json())

r = requests.get(f"{BASE}/posts", params={"limit": 5})
print("list", r.status_code, r.json()["count"])

r = requests.put(f"{BASE}/posts/{post_id}", json={"title": "Edited title"}, headers=headers)
print("update", r.status_code, r.json()["title"])

r = requests.get(f"{BASE}/posts/{post_id}/comments")
print("comments", r.status_code, r.json())

r = requests.delete(f"{BASE}/posts/{post_id}", headers=headers)
print("delete", r.status_code, r.json())
