from app.serializers.comment_serializer import CommentParams, CommentSerializer
from app.serializers.post_serializer import PostCreateParams, PostSerializer, PostUpdateParams
from app.serializers.user_serializer import AuthorSerializer, SignupParams, TokenSerializer, UserSerializer

__all__ = [
    "AuthorSerializer",
    "CommentParams",
    "CommentSerializer",
    "PostCreateParams",
    "PostSerializer",
    "PostUpdateParams",
    "SignupParams",
    "TokenSerializer",
    "UserSerializer",
]
