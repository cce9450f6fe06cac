from application.libraries.Db import db


class Comment_model:

    table = 'comments'

    def get_by_post(self, post_id):
        return db.query('SELECT * FROM comments WHERE post_id = ? ORDER BY id ASC', (post_id,)).fetchall()

    def count_by_post(self, post_id):
        return db.query('SELECT COUNT(*) AS total FROM comments WHERE post_id = ?', (post_id,)).fetchone()['total']

    def insert_comment(self, data):
        db.insert(self.table, data)
        return db.insert_id()
