from datetime import datetime


def model_to_dict(instance, exclude=None):
    """Like django.forms.models.model_to_dict."""
    exclude = exclude or []
    data = {}
    for column in instance.__table__.columns:
        if column.name in exclude:
            continue
        value = getattr(instance, column.name)
        if isinstance(value, datetime):
            value = value.isoformat()
        data[column.name] = value
    return data
