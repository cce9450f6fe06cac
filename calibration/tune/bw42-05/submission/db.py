from tinydb import Query, TinyDB

from config import DB_FILE

db = TinyDB(DB_FILE)

users = db.table("users")
posts = db.table("posts")

User = Query()
Post = Query()
