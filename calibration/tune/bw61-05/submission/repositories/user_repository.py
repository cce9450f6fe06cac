from database import engine


class UserRepository:
    def find_by_username(self, username):
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT * FROM users WHERE username = %s", (username,)
            ).mappings().first()
        return dict(row) if row else None

    def find_by_token(self, token):
        with engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT * FROM users WHERE api_token = %s", (token,)
            ).mappings().first()
        return dict(row) if row else None

    def create(self, username, password):
        with engine.begin() as conn:
            result = conn.exec_driver_sql(
                "INSERT INTO users (username, password) VALUES (%s, %s)", (username, password)
            )
            return result.lastrowid

    def set_token(self, user_id, token):
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE users SET api_token = %s WHERE id = %s", (token, user_id))
