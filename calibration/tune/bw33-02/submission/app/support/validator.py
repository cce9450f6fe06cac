"""Laravel-style validation: Validator.make(data, {"title": "required|string|max:255"})."""


class ValidationException(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("The given data was invalid.")


class Validator:
    def __init__(self, data, rules):
        self.data = data if isinstance(data, dict) else {}
        self.rules = rules
        self.errors = {}

    @classmethod
    def make(cls, data, rules):
        return cls(data, rules)

    def fails(self):
        self.errors = {}
        for field, rule_string in self.rules.items():
            rules = rule_string.split("|")
            value = self.data.get(field)
            if "required" in rules and (value is None or value == ""):
                self.errors.setdefault(field, []).append(f"The {field} field is required.")
                continue
            if value is None and "sometimes" in rules:
                continue
            for rule in rules:
                name, _, arg = rule.partition(":")
                if name == "string" and not isinstance(value, str):
                    self.errors.setdefault(field, []).append(f"The {field} must be a string.")
                elif name == "max" and isinstance(value, str) and len(value) > int(arg):
                    self.errors.setdefault(field, []).append(
                        f"The {field} may not be greater than {arg} characters."
                    )
                elif name == "min" and isinstance(value, str) and len(value) < int(arg):
                    self.errors.setdefault(field, []).append(
                        f"The {field} must be at least {arg} characters."
                    )
        return len(self.errors) > 0

    def validated(self):
        if self.fails():
            raise ValidationException(self.errors)
        return {k: self.data.get(k) for k in self.rules if k in self.data}


def validate(data, rules):
    return Validator.make(data, rules).validated()
