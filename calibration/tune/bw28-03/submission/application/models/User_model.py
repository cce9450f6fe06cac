import hashlib

from application.libraries.Db import db
from config.config import config


class User_model:

    table = 'users'

    def hash_password(self, password):
        return hashlib.sha1((config['encryption_key'] + password).encode()).hexdigest()

    def get_user(self, id):
        return db.get_where(self.table, {'id': id}).fetchone()

    def get_by_username(self, username):
        return db.get_where(self.table, {'username': username}).fetchone()

    def register(self, username, password):
        data = {
            'username': username,
            'password': self.hash_password(password),
        }
        db.insert(self.table, data)
        return db.insert_id()

    def check_login(self, username, password):
        user = self.get_by_username(username)
        if user and user['password'] == self.hash_password(password):
            return user
        return False
