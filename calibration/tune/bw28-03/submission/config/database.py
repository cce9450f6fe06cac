# Database config

active_group = 'default'

db = {}
db['default'] = {
    'hostname': '',
    'username': '',
    'password': '',
    'database': 'blog.sqlite',
    'dbdriver': 'sqlite3',
    'dbprefix': '',
}
