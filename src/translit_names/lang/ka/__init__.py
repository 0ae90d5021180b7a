"""The ka language pack (pack.json and the data files beside it)."""

__all__: list[str] = []
