# quick check that the server works, run while todo_server.py is running
import requests

URL = "http://localhost:8000"

r = requests.post(URL + "/signup", json={"username": "anna", "password": "pipette42"})
print("signup:", r.status_code, r.json())

r = requests.post(URL + "/login", json={"username": "anna", "password": "pipette42"})
print("login:", r.status_code, r.json())
token = r.json()["access_token"]
headers = {"Authorization": "Bearer " + token}

r = requests.post(URL + "/todos", json={"title": "calibrate spectrometer", "description": "use the Hg lamp"}, headers=headers)
print("create:", r.status_code, r.json())
todo_id = r.json()["id"]

r = requests.get(URL + "/todos", headers=headers)
print("list:", r.status_code, r.json())

r = requests.put(URL + "/todos/" + str(todo_id), json={"done": True}, headers=headers)
print("update:", r.status_code, r.json())

r = requests.delete(URL + "/todos/" + str(todo_id), headers=headers)
print("delete:", r.status_code, r.json())
