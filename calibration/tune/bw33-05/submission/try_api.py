# quick check that everything works (start the server first!)
import requests

URL = "http://127.0.0.1:8000"

print(requests.post(URL + "/register", json={"username": "anna", "password": "anna"}).json())
r = requests.post(URL + "/login", json={"username": "anna", "password": "anna"})
print(r.json())
token = r.json()["access_token"]
h = {"Authorization": "Bearer " + token}

print(requests.post(URL + "/posts", json={"title": "First post", "content": "Hello world, this is a test of the blog."}, headers=h).json())
print(requests.post(URL + "/posts", json={"title": "Second post", "content": "Another test of the novelty metric for the blog."}, headers=h).json())
print(requests.get(URL + "/posts").json())
print(requests.post(URL + "/posts/1/comments", json={"text": "nice"}, headers=h).json())
print(requests.get(URL + "/posts/1").json())
print(requests.get(URL + "/stats").json())
