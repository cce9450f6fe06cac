from blog import create_app


def test_config():
    assert not create_app().state.config.get("TESTING")
    assert create_app({"TESTING": True}).state.config["TESTING"]


def test_hello(client):
    response = client.get("/hello")
    assert response.json() == "Hello, World!"
