from application.libraries.Db import db


class Post_model:

    table = 'posts'

    def get_posts(self, limit, offset, order_by='created_at', sort='DESC'):
        sql = 'SELECT * FROM posts ORDER BY ' + order_by + ' ' + sort + ' LIMIT ? OFFSET ?'
        return db.query(sql, (limit, offset)).fetchall()

    def count_all(self):
        return db.query('SELECT COUNT(*) AS total FROM posts').fetchone()['total']

    def get_post(self, id):
        return db.get_where(self.table, {'id': id}).fetchone()

    def insert_post(self, data):
        db.insert(self.table, data)
        return db.insert_id()

    def update_post(self, id, data):
        return db.update(self.table, data, {'id': id})

    def delete_post(self, id):
        db.delete('comments', {'post_id': id})
        return db.delete(self.table, {'id': id})
