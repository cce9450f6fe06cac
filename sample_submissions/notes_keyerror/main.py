from datetime import datetime, timezone
from typing import Optional

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="Notes API", version="0.1.0")


class NoteIn(BaseModel):
    title: str = Field(..., min_length=1, max_length=100)
    content: str = Field("", max_length=5000)
    pinned: bool = False


class Note(NoteIn):
    id: int
    created_at: datetime


# in-memory "database"
NOTES: dict[int, Note] = {}
_next_id = 1


@app.get("/notes", response_model=list[Note])
async def list_notes(pinned: Optional[bool] = None):
    notes = list(NOTES.values())
    if pinned is not None:
        notes = [n for n in notes if n.pinned == pinned]
    return notes


@app.post("/notes", response_model=Note, status_code=201)
async def create_note(note: NoteIn):
    global _next_id
    new_note = Note(id=_next_id, created_at=datetime.now(timezone.utc), **note.model_dump())
    NOTES[new_note.id] = new_note
    _next_id += 1
    return new_note


@app.get("/notes/{note_id}", response_model=Note)
async def get_note(note_id: int):
    if note_id not in NOTES:
        raise HTTPException(status_code=404, detail="Note not found")
    return NOTES[note_id]


@app.put("/notes/{note_id}", response_model=Note)
async def update_note(note_id: int, note: NoteIn):
    if note_id not in NOTES:
        raise HTTPException(status_code=404, detail="Note not found")
    updated = Note(id=note_id, created_at=NOTES[note_id].created_at, **note.model_dump())
    NOTES[note_id] = updated
    return updated


@app.delete("/notes/{note_id}", status_code=204)
async def delete_note(note_id: int):
    del NOTES[note_id]
