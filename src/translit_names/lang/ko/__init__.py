"""The ko language pack (pack.json, its data files and its scheme code)."""

__all__: list[str] = []
