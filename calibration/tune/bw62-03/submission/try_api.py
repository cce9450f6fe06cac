# quick script to poke the api while it runs (uvicorn app:app)
import requests

URL = "http://127.0.0.1:8000"

r = requests.post(URL + "/register", json={"username": "test", "password": "test"})
print(r.status_code, r.json())

r = requests.post(URL + "/login", json={"username": "test", "password": "test"})
print(r.status_code, r.json())
token = r.json().get("token")

r = requests.post(URL + "/todos", json={"title": "first todo"}, headers={"token": token})
print(r.status_code, r.json())

r = requests.get(URL + "/todos", headers={"token": token})
print(r.status_code, r.json())

r = requests.get(URL + "/stats")
print(r.json())
