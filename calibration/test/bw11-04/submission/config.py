# config, like config.php
CONFIG = {
    "db_file": "blog.db",
    "token_lifetime": 60 * 60 * 24,  # seconds
    "posts_per_page": 10,
    "max_per_page": 50,
}
