"""Todo API: FastAPI + SQLModel over PostgreSQL (asyncpg)."""
