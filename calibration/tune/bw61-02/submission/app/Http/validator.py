from fastapi.responses import JSONResponse


def validate(data, rules):
    """Tiny version of $request->validate([...]).

    rules = {"title": "required", "content": "required"}
    returns None when valid, otherwise a 422 response like Laravel sends.
    """
    errors = {}
    for field, rule in rules.items():
        for r in rule.split("|"):
            if r == "required" and not data.get(field):
                errors.setdefault(field, []).append(f"The {field} field is required.")
            if r.startswith("min:") and data.get(field) and len(data[field]) < int(r[4:]):
                errors.setdefault(field, []).append(
                    f"The {field} must be at least {r[4:]} characters."
                )

    if errors:
        return JSONResponse(
            status_code=422,
            content={"message": "The given data was invalid.", "errors": errors},
        )
    return None
