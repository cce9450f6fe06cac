import os
import tempfile

# Use a throwaway database for the tests (must be set before the app is imported).
os.environ["BLOG_DB"] = os.path.join(tempfile.mkdtemp(), "test.db")
