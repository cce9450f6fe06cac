"""Todo API: immutable records, pure functions, effects at the edges."""
