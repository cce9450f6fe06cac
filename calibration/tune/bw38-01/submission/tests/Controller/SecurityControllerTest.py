class SecurityControllerTest:
    def testRegister(self, client):
        response = client.post("/api/register", json={"username": "john", "password": "password123"})

        assert response.status_code == 201
        assert response.json()["username"] == "john"
        assert "password" not in response.json()

    def testLoginCheck(self, client):
        client.post("/api/register", json={"username": "john", "password": "password123"})

        response = client.post("/api/login_check", json={"username": "john", "password": "password123"})

        assert response.status_code == 200
        assert "token" in response.json()

    def testMe(self, client):
        client.post("/api/register", json={"username": "john", "password": "password123"})
        token = client.post("/api/login_check", json={"username": "john", "password": "password123"}).json()["token"]

        response = client.get("/api/me", headers={"Authorization": f"Bearer {token}"})

        assert response.status_code == 200
        assert response.json()["username"] == "john"
