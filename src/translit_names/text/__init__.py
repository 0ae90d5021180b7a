"""Text: the one normaliser (:mod:`.normalize`) and the script of a character or word (:mod:`.scripts`)."""

from __future__ import annotations

from .normalize import Normalizer, european_script, normalize, tokens
from .scripts import script_of, scripts_of, word_script

__all__ = ["Normalizer", "european_script", "normalize", "script_of", "scripts_of", "tokens", "word_script"]
