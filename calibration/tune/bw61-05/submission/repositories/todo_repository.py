from database import engine


class TodoRepository:
    def all_for_user(self, user_id, sort="id", status=None):
        sql = f"SELECT * FROM todos WHERE user_id = {user_id}"
        if status == "done":
            sql += " AND done = 1"
        elif status == "open":
            sql += " AND done = 0"
        sql += f" ORDER BY {sort}"

        with engine.connect() as conn:
            rows = conn.exec_driver_sql(sql).mappings().all()
        return [dict(row) for row in rows]

    def find(self, id):
        with engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT * FROM todos WHERE id = %s", (id,)).mappings().first()
        return dict(row) if row else None

    def create(self, data):
        with engine.begin() as conn:
            result = conn.exec_driver_sql(
                "INSERT INTO todos (user_id, title, description, done) VALUES (%s, %s, %s, %s)",
                (data["user_id"], data["title"], data.get("description"), data.get("done", False)),
            )
            id = result.lastrowid
        return self.find(id)

    def update(self, id, data):
        fields = []
        values = []
        for key, value in data.items():
            fields.append(f"{key} = %s")
            values.append(value)
        values.append(id)

        with engine.begin() as conn:
            conn.exec_driver_sql(
                f"UPDATE todos SET {', '.join(fields)} WHERE id = %s", tuple(values)
            )
        return self.find(id)

    def delete(self, id):
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM todos WHERE id = %s", (id,))
