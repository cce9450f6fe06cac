from app.Models import User


class UserRepository:
    def __init__(self, db):
        self.db = db

    def find(self, id):
        return self.db.query(User).filter(User.id == id).first()

    def find_by_username(self, username):
        return self.db.query(User).filter(User.username == username).first()

    def create(self, data):
        user = User(username=data["username"], password=data["password"])
        self.db.add(user)
        self.db.commit()
        self.db.refresh(user)
        return user
