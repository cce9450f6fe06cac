"""Hostile submissions: untrusted code the grader must contain (see submissions/*/expect.toml)."""
