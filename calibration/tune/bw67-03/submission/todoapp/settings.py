import os

DEBUG = True

SECRET_KEY = "k8#n!2z@x$w9q^r7b&t1v0m5c4p3l6j"

DATABASE_URL = os.environ.get("DATABASE_URL", "mysql+pymysql://root:root@localhost:3306/todos")

PAGE_SIZE = 20
