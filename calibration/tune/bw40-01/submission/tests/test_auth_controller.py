from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.main import app


class TestAuthController:
    def test_register_and_login_should_return_token(self, session: Session) -> None:
        with TestClient(app) as client:
            register_response = client.post(
                "/api/v1/auth/register", json={"username": "jane", "password": "s3cretpass"}
            )
            assert register_response.status_code == 201
            assert register_response.json()["username"] == "jane"

            login_response = client.post(
                "/api/v1/auth/login", data={"username": "jane", "password": "s3cretpass"}
            )
            assert login_response.status_code == 200
            assert login_response.json()["token_type"] == "bearer"

    def test_create_post_should_return_201(self, session: Session) -> None:
        with TestClient(app) as client:
            client.post("/api/v1/auth/register", json={"username": "jane", "password": "s3cretpass"})
            token = client.post(
                "/api/v1/auth/login", data={"username": "jane", "password": "s3cretpass"}
            ).json()["access_token"]

            response = client.post(
                "/api/v1/posts",
                json={"title": "My first post", "content": "Lorem ipsum"},
                headers={"Authorization": f"Bearer {token}"},
            )

            assert response.status_code == 201
            assert response.json()["authorUsername"] == "jane"
