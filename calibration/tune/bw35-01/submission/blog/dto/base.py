from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class CamelCaseModel(BaseModel):
    """JSON in/out uses camelCase like the Jackson defaults we use on the JVM side."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)
