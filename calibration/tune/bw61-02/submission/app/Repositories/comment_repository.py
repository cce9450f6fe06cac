from app.Models import Comment


class CommentRepository:
    def __init__(self, db):
        self.db = db

    def for_post(self, post_id):
        return self.db.query(Comment).filter(Comment.post_id == post_id).order_by(Comment.id).all()

    def count_for_post(self, post_id):
        return self.db.query(Comment).filter(Comment.post_id == post_id).count()

    def create(self, post_id, user_id, body):
        comment = Comment(post_id=post_id, user_id=user_id, body=body)
        self.db.add(comment)
        self.db.commit()
        self.db.refresh(comment)
        return comment
