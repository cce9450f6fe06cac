"""Quick end-to-end check against a running server.

    uvicorn main:app --port 8000
    python smoke_test.py
"""
import requests

BASE = "http://localhost:8000"


def main():
    r = requests.post(f"{BASE}/signup", json={"username": "alice", "password": "supersecret"})
    print("signup", r.status_code, r.json())

    r = requests.post(f"{BASE}/token", data={"username": "alice", "password": "supersecret"})
    assert r.status_code == 200, r.text
    headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

    r = requests.post(f"{BASE}/todos", json={"title": "buy milk"}, headers=headers)
    assert r.status_code == 201, r.text
    todo_id = r.json()["id"]
    print("created", r.json())

    r = requests.patch(f"{BASE}/todos/{todo_id}", json={"done": True}, headers=headers)
    assert r.status_code == 200 and r.json()["done"] is True, r.text

    r = requests.get(f"{BASE}/todos", params={"limit": 5, "sort": "created_at DESC"}, headers=headers)
    assert r.status_code == 200, r.text
    print("list", r.json())

    r = requests.get(f"{BASE}/todos/stats", headers=headers)
    print("stats", r.json())

    r = requests.delete(f"{BASE}/todos/{todo_id}", headers=headers)
    assert r.status_code == 204

    print("all good")


if __name__ == "__main__":
    main()
