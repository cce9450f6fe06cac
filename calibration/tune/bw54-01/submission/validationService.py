# tiny fake "validation microservice"
# run it with: uvicorn validationService:app --port 8001
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/validate")
async def validate(request: Request):
    data = await request.json()
    title = data.get("title")

    if title == None or title == "":
        return {"isValid": False, "message": "title is required"}
    if len(title) > 200:
        return {"isValid": False, "message": "title is too long"}
    if "done" in data and data["done"] not in [True, False]:
        return {"isValid": False, "message": "done must be true or false"}

    return {"isValid": True}
