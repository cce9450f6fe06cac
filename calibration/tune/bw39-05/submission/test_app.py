from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def signUpAndLogin(username: str, password: str = "password123") -> str:
    client.post("/auth/signup", json={"username": username, "password": password})
    response = client.post("/auth/login", data={"username": username, "password": password})
    return response.json()["access_token"]


def testSignUp():
    response = client.post("/auth/signup", json={"username": "tim", "password": "applepie"})
    assert response.status_code == 201
    assert response.json()["username"] == "tim"


def testCreateTodo():
    token = signUpAndLogin("craig")
    response = client.post(
        "/todos/",
        json={"title": "Ship the app", "description": "Before WWDC"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    assert response.json()["title"] == "Ship the app"
    assert response.json()["isCompleted"] == False


def testGetTodos():
    token = signUpAndLogin("jony")
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/todos/", json={"title": "Design icon"}, headers=headers)
    client.post("/todos/", json={"title": "Pick a font"}, headers=headers)

    response = client.get("/todos/", headers=headers)
    assert response.status_code == 200
    assert response.json()["totalCount"] == 2


def testUpdateTodo():
    token = signUpAndLogin("federighi")
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/todos/", json={"title": "Fix bug"}, headers=headers).json()

    response = client.put(f"/todos/{created['id']}", json={"isCompleted": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["isCompleted"] == True
