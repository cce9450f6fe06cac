"""Multi-user todo API."""
