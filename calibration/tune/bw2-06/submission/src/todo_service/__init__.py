"""Todo service: per-user todo lists."""
