import os
import sys

os.environ.setdefault("SECRET_KEY_BASE", "test-secret-key-base")
os.environ["TODO_APP_DATABASE"] = ":memory:"

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
