"""Names as structured parts: the name-structure rules of the language packs (:mod:`.rules`), the parts of
person names (:mod:`.parts`) and organisation names (:mod:`.orgs`), numbers written as words (:mod:`.numbers`)
and token shapes (:mod:`.shape`)."""

__all__: list[str] = []
