from fastapi import HTTPException, status

from src.Entity.Post import Post
from src.Entity.User import User


class PostVoter:
    EDIT = "POST_EDIT"
    DELETE = "POST_DELETE"

    def supports(self, attribute: str) -> bool:
        return attribute in (self.EDIT, self.DELETE)

    def voteOnAttribute(self, attribute: str, post: Post, user: User) -> bool:
        if attribute in (self.EDIT, self.DELETE):
            return post.author_id == user.id
        return False


def denyAccessUnlessGranted(attribute: str, post: Post, user: User) -> None:
    voter = PostVoter()
    if not voter.supports(attribute) or not voter.voteOnAttribute(attribute, post, user):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Access Denied.")
