from app.models.concerns.sluggable import Sluggable
from app.models.concerns.timestampable import Timestampable

__all__ = ["Sluggable", "Timestampable"]
