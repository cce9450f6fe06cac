# Run the server first (python main.py) then run this file to check everything works

import requests

URL = "http://127.0.0.1:8000"

print("---- SIGN UP ----")
r = requests.post(URL + "/signup", json={"username": "john", "password": "john123"})
print(r.text)

print("---- LOG IN ----")
r = requests.post(URL + "/login", json={"username": "john", "password": "john123"})
print(r.text)
strToken = r.json()["access_token"]

print("---- NEW POST ----")
r = requests.post(URL + "/posts", json={"title": "My first post", "content": "Hello everyone"}, headers={"Authorization": "Bearer " + strToken})
print(r.text)
intPostID = r.json()["Post"]["PostID"]

print("---- ALL POSTS ----")
r = requests.get(URL + "/posts")
print(r.text)

print("---- ONE POST ----")
r = requests.get(URL + "/posts/" + str(intPostID))
print(r.text)

print("---- ADD COMMENT ----")
r = requests.post(URL + "/posts/" + str(intPostID) + "/comments", json={"comment": "Nice post"}, headers={"Authorization": "Bearer " + strToken})
print(r.text)

print("---- COMMENTS ----")
r = requests.get(URL + "/posts/" + str(intPostID) + "/comments")
print(r.text)

print("---- EDIT POST ----")
r = requests.put(URL + "/posts/" + str(intPostID), json={"title": "My first post (edited)"}, headers={"Authorization": "Bearer " + strToken})
print(r.text)

print("ALL DONE")
