from sqlalchemy import text

from app.Models import Post


class PostRepository:
    def __init__(self, db):
        self.db = db

    def all(self, search="", sort="created_at", limit=10, offset=0):
        # raw query because the ORM version with LIKE + dynamic order by was getting ugly
        sql = f"""
            SELECT * FROM posts
            WHERE title LIKE '%{search}%' OR content LIKE '%{search}%'
            ORDER BY {sort} DESC
            LIMIT {limit} OFFSET {offset}
        """
        return self.db.execute(text(sql)).mappings().all()

    def find(self, id):
        return self.db.query(Post).filter(Post.id == id).first()

    def create(self, user_id, data):
        post = Post(user_id=user_id, title=data["title"], content=data["content"])
        self.db.add(post)
        self.db.commit()
        self.db.refresh(post)
        return post

    def update(self, post, data):
        post.fill(data)
        self.db.commit()
        self.db.refresh(post)
        return post

    def delete(self, post):
        self.db.delete(post)
        self.db.commit()
