# quick test script, start the server first (uvicorn main:app) then run: python test_api.py
import requests

URL = "http://127.0.0.1:8000/wp-json/blog/v1"

r = requests.post(URL + "/register", json={"username": "admin", "password": "admin", "email": "admin@example.com"})
print("register", r.status_code, r.json())

r = requests.post(URL + "/login", json={"username": "admin", "password": "admin"})
print("login", r.status_code, r.json())
token = r.json()["data"]["token"]
headers = {"Authorization": "Bearer " + token}

r = requests.post(URL + "/posts", json={"title": "Hello world!", "content": "Welcome to my blog.\n\nThis is my first post."}, headers=headers)
print("create post", r.status_code, r.json())
post_id = r.json()["data"]["ID"]

r = requests.get(URL + "/posts")
print("posts", r.status_code, r.json())

r = requests.post(URL + "/posts/" + str(post_id) + "/comments", json={"content": "Nice post!"}, headers=headers)
print("comment", r.status_code, r.json())

r = requests.get(URL + "/posts/" + str(post_id) + "/comments")
print("comments", r.status_code, r.json())

r = requests.post(URL + "/posts/" + str(post_id), json={"title": "Hello world (edited)"}, headers=headers)
print("edit", r.status_code, r.json())

r = requests.delete(URL + "/posts/" + str(post_id), headers=headers)
print("delete", r.status_code, r.json())
