from fastapi import HTTPException


def find_or_fail(db, model, id):
    instance = db.get(model, id)
    if instance is None:
        raise HTTPException(status_code=404, detail=f"No query results for model [{model.__name__}] {id}")
    return instance
