import os
import sys

os.environ["TODO_DB_DSN"] = "sqlite:///./test_todo.db"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

if os.path.exists("./test_todo.db"):
    os.remove("./test_todo.db")
