from .msg import Msg
from .token import Token, TokenPayload
from .user import User, UserCreate, UserInDB, UserUpdate
from .comment import Comment, CommentCreate
from .post import Post, PostCreate, PostUpdate
