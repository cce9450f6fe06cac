"""Business domain, split into contexts (Accounts, Publishing).

Nothing in here knows about HTTP. Context functions return tagged tuples:
("ok", value) or ("error", reason), and the web layer pattern-matches on them.
"""
