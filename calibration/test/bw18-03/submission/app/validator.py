from app import models

MESSAGES = {
    "required": "The {field} field is required.",
    "string": "The {field} must be a string.",
    "min": "The {field} must be at least {arg} characters.",
    "max": "The {field} may not be greater than {arg} characters.",
    "confirmed": "The {field} confirmation does not match.",
    "unique": "The {field} has already been taken.",
}


def validate(data, rules):
    """Laravel-style validator: validate(data, {"title": "required|string|max:255"}).

    Returns a dict of errors (field -> list of messages), empty when valid.
    """
    errors = {}
    for field, rule_string in rules.items():
        value = data.get(field)
        for rule in rule_string.split("|"):
            name, _, arg = rule.partition(":")
            failed = False
            if name == "required":
                failed = value is None or value == ""
            elif value is None:
                continue
            elif name == "string":
                failed = not isinstance(value, str)
            elif name == "min":
                failed = len(value) < int(arg)
            elif name == "max":
                failed = len(value) > int(arg)
            elif name == "confirmed":
                failed = data.get(field + "_confirmation") != value
            elif name == "unique":
                table, column = arg.split(",")
                model = {"users": models.User, "posts": models.Post}[table]
                failed = model.select().where(getattr(model, column) == value).exists()
            if failed:
                errors.setdefault(field, []).append(MESSAGES[name].format(field=field, arg=arg))
                break
    return errors
