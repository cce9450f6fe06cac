"""Blog API.

Layout mirrors a Phoenix application: `accounts` and `blog` are *contexts* (the only modules
that touch the database), `web` is the HTTP boundary that calls into them.
"""
