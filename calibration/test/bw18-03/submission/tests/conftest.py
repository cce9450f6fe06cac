import os
import tempfile

# use a separate sqlite file for the test run (like DB_DATABASE in phpunit.xml)
os.environ["DB_DATABASE"] = os.path.join(tempfile.mkdtemp(), "testing.sqlite")
os.environ["APP_DEBUG"] = "false"
