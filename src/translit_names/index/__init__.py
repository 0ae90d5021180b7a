"""The index: the only package that speaks SQL."""
