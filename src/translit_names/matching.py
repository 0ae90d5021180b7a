"""Name similarity: the score shared by ``compare``, ``search`` and ``lookup``.

A name is a list of :class:`Token` (normalised word, matching key, consonant skeleton). Two names are scored by
aligning their tokens one-to-one in any order (so "Lukashenko, Alexander" equals "Alexander Lukashenko"), each
pair scored by :func:`token_similarity`, and weighting each token by its length; unmatched tokens pull the
score down, except patronymic-shaped middle names, which weigh little. See docs/matching.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple
from functools import cache, lru_cache
from importlib import resources

import jellyfish
from rapidfuzz.distance import OSA, Indel, JaroWinkler
from unidecode import unidecode

from .crossscript import cyrillic_latin_similarity, is_cyrillic, is_latin
from .keys import skeleton, split_words, token_key
from .normalize import european_script, normalize

__all__ = [
    "DEFAULT_THRESHOLD",
    "common_words",
    "Token",
    "clean_query",
    "compare",
    "name_similarity",
    "query_variants",
    "token_similarity",
    "tokenize",
    "tokenize_with_keys",
    "transcription_similarity",
]

#: Scores at or above this mean "the same name" in ``compare`` and are accepted by ``lookup``.
DEFAULT_THRESHOLD = 0.75

#: Similarity of two different spellings with the same matching key (a transliteration variant).
KEY_MATCH = 0.95
#: Cap for two tokens that look like the two genders of one Slavic surname (Tikhanovsky / Tikhanovskaya).
GENDER_CAP = 0.5
#: Cap for two words with the same stem and different Slavic surname suffixes (Zelenko / Zelensky).
SUFFIX_CAP = 0.6
#: Below this a token pair is not aligned at all.
MIN_PAIR = 0.55
#: Weight of an unmatched patronymic-shaped token, relative to its length weight.
PATRONYMIC_WEIGHT = 0.2
#: Discount on the edit similarity of vowel-classed keys (every vowel run written "a").
VOWEL_DISCOUNT = 0.1
#: Skeleton similarity of two words whose consonant skeletons differ by one swap of neighbours.
SWAPPED_SKELETON = 0.9
#: A name scores at most this much above its worst-matching word pair.
WEAKEST_SLACK = 0.06
#: Weight of an initial ("A.") when it agrees with the other side's word.
INITIAL_SIM = 0.9


# Gendered Slavic surname endings on the latinised word. Masculine and feminine nominative forms of one
# surname are different people (Sergei Tikhanovsky, Sviatlana Tikhanovskaya).
_MASC = re.compile(r"(?:[scz]k(?:ii|iy|ij|yi|yy|yj|y|i|ij)|ov|ev|ou|yn|in|ow|ew)$")
_FEM = re.compile(r"(?:[scz]ka(?:ya|ja|ia)?|[scz]kaa|[scz]k[yi]a|ova|eva|owa|ewa|yna|ina|ouna)$")


def _gender(latin: str) -> str:
    if len(latin) < 5:
        return ""
    if _FEM.search(latin):
        return "f"
    if _MASC.search(latin):
        return "m"
    return ""


_VOWEL_RUN = re.compile(r"[aeiou]+")


def _vowel_classed(key: str) -> str:
    return _VOWEL_RUN.sub("a", key)


class Token(NamedTuple):
    """One word of a name: normalised text, matching key, consonant skeleton, a latinised form, whether it was
    written in capitals (an acronym), the grammatical gender its ending shows ("m", "f" or ""), and the key with
    every vowel run written "a"."""

    norm: str
    key: str
    skel: str
    latin: str
    upper: bool = False
    gender: str = ""
    vowels: str = ""
    initial: bool = False
    keyable: bool = True

    @property
    def is_initial(self) -> bool:
        """A single capital Latin, Greek or Cyrillic letter ("A." in "A. Lukashenko")."""
        return self.initial


@lru_cache(maxsize=262144)
def make_token(word: str) -> Token | None:
    """The token of one word, or ``None`` for a word with no letter or digit."""
    norm = normalize(word).replace(" ", "")
    if not norm:
        return None
    return _token_with_key(word, token_key(word) or norm)


@lru_cache(maxsize=262144)
def tokenize(name: str) -> tuple[Token, ...]:
    """The tokens of a name (words with no letters or digits are dropped)."""
    return tuple(tok for tok in (make_token(w) for w in _token_words(name)) if tok is not None)


# Slavic surname suffixes: names built on one stem with different suffixes are different names
# (Zelenko / Zelensky, Petrenko / Petrov). Genders of one suffix (-sky / -skaya) share a class.
_SUFFIX_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("sky", r"[scz]k(?:ii|iy|ij|yi|yy|yj|y|i|aya|aja|aia|ya|ia|a)$"),
        ("enko", r"(?:enko|enka)$"),
        ("ich", r"(?:ovich|evich|ovych|evych|owicz|ewicz|ovic|evic|ich|ych|icz|itch)$"),
        ("ov", r"(?:ov|ev|ova|eva|ow|ew|owa|ewa)$"),
        ("uk", r"(?:chuk|czuk|iuk|yuk|uk)$"),
        ("shvili", r"(?:shvili|schwili)$"),
    )
)


def _suffix_class(latin: str) -> str:
    if len(latin) < 5:
        return ""
    for name, pattern in _SUFFIX_CLASSES:
        if pattern.search(latin):
            return name
    return ""


def _suffixes_clash(latin_a: str, latin_b: str) -> bool:
    sa, sb = _suffix_class(latin_a), _suffix_class(latin_b)
    return bool(sa) and bool(sb) and sa != sb


def _token_words(name: str) -> list[str]:
    out = []
    for word in split_words(name):
        # A word the key keeps whole may normalise to several ("Jean-Luc"): those become separate tokens.
        parts = normalize(word).split()
        out.extend(parts if len(parts) > 1 else [word])
    return out


@lru_cache(maxsize=262144)
def _token_with_key(word: str, key: str) -> Token | None:
    norm = normalize(word).replace(" ", "")
    if not norm:
        return None
    latin = unidecode(norm).lower().replace("'", "")  # (unidecode writes the soft sign "'": Зеленська)
    letters = [c for c in word if c.isalpha()]
    upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    # The matching key is designed for the alphabets of Europe; other scripts match by their own letters only.
    keyable = european_script(norm)
    initial = keyable and len(norm) == 1 and len(letters) == 1 and letters[0].isupper()
    return Token(norm, key, skeleton(key), latin, upper, _gender(latin), _vowel_classed(key), initial, keyable)


@lru_cache(maxsize=131072)
def tokenize_with_keys(name: str, keys: str) -> tuple[Token, ...]:
    """:func:`tokenize` for a name whose token keys are known (the index stores them): the same tokens,
    without recomputing the keys. Falls back to :func:`tokenize` when the keys do not line up."""
    words = [w for w in _token_words(name) if normalize(w)]
    key_list = keys.split()
    if len(words) != len(key_list):
        return tokenize(name)
    out = [_token_with_key(w, k) for w, k in zip(words, key_list)]
    return tuple(t for t in out if t is not None)


def _gender_clash(a: Token, b: Token) -> bool:
    return bool(a.gender) and bool(b.gender) and a.gender != b.gender


def key_similarity(ka: str, kb: str) -> float:
    """The main term of the word similarity on two matching keys: edits (with transpositions) and Jaro-Winkler.
    :func:`token_similarity` adds allowances (vowels, scrambled letters) and caps (genders, suffixes) to it."""
    return key_similarity_of(OSA.distance(ka, kb), min(len(ka), len(kb)), JaroWinkler.similarity(ka, kb))


def key_similarity_of(edits: int, shorter: int, jaro_winkler: float) -> float:
    """:func:`key_similarity` from its parts: the OSA edit distance of the two keys, the length of the shorter key,
    and their Jaro-Winkler similarity (for callers that compute the parts of many pairs at once)."""
    return 0.96 * _main_term(edits, shorter, jaro_winkler)


def _main_term(edits: int, shorter: int, jaro_winkler: float) -> float:
    return 0.7 * max(0.0, 1.0 - edits / shorter) + 0.3 * jaro_winkler


def _edit_score(score: float, first_letters_differ: bool) -> float:
    """The last step of :func:`_fuzzy`: a penalty for different first letters, then the 0.96 scale, in [0, 0.96]."""
    if first_letters_differ:
        score -= 0.08
    return max(0.0, min(score * 0.96, 0.96))


def unlike_skeletons_similarity(ka: str, kb: str, edits: int, jaro_winkler: float) -> float:
    """:func:`token_similarity` of two different matching keys taken as words (text, key and Latin form all the
    key; no gender), for keys whose consonant skeletons are not made of the same letters, from the parts of the
    main term (``edits``: their OSA distance; ``jaro_winkler``): without the vowel and scrambled-letter
    allowances, which need such skeletons, the word score is the main term with its first-letter penalty, under
    the suffix cap."""
    if min(len(ka), len(kb)) <= 4:
        return 0.0  # short words match only by key
    score = _edit_score(_main_term(edits, min(len(ka), len(kb)), jaro_winkler), ka[0] != kb[0])
    return SUFFIX_CAP if score > SUFFIX_CAP and _suffixes_clash(ka, kb) else score


def _fuzzy(a: Token, b: Token) -> float:
    ka, kb = a.key, b.key
    shorter = min(len(ka), len(kb))
    if shorter <= 3 or len(a.norm) <= 4 or len(b.norm) <= 4:
        # Short words (acronyms, "Li", "Xi", "EU", "NATO") match exactly or by key, never by edits.
        return 0.0
    # 1 - edits / length of the shorter key: two edits in "Putin" matter more than in "Tikhanovskaya".
    osa = max(0.0, 1.0 - OSA.distance(ka, kb) / shorter)
    # Vowels are the least stable letters across conventions (Dmitro / Dimitri, Tiknovskaya): compare the
    # vowel-classed keys (every vowel run written "a") too, at a small discount.
    # Only when just a vowel was dropped or added: vowels replaced by others make other names (Belchett /
    # Boulhout), and so do consonants (Zelenko / Zelensky).
    if a.skel == b.skel:
        va, vb = a.vowels or _vowel_classed(ka), b.vowels or _vowel_classed(kb)
        if abs(len(va) - len(vb)) == 1:
            osa = max(osa, 1.0 - OSA.distance(va, vb) / min(len(va), len(vb)) - VOWEL_DISCOUNT)
    score = 0.7 * osa + 0.3 * JaroWinkler.similarity(ka, kb)
    if (
        score < 0.9
        and ka[0] == kb[0]
        and shorter >= 6
        and a.skel != b.skel
        and sorted(a.skel) == sorted(b.skel)
    ):
        # Scrambled letters (Belchett / Bachelet): nearly the same bag of letters, and consonant skeletons one
        # swap of neighbours apart. (Equal skeletons mean only the vowels differ: the edit count above already
        # measures that.)
        bag = Indel.normalized_similarity(sorted(ka), sorted(kb))
        if bag >= 0.85 and jellyfish.damerau_levenshtein_distance(a.skel, b.skel) == 1:
            score = max(score, 0.5 * bag + 0.5 * SWAPPED_SKELETON - 0.05)
    return _edit_score(score, ka[0] != kb[0])


@lru_cache(maxsize=524288)
def token_similarity(a: Token, b: Token) -> float:
    """Similarity of two words in [0, 1]: 1 for equal normalised forms, :data:`KEY_MATCH` for equal matching keys,
    lower for typos; capped at :data:`GENDER_CAP` for the two genders of one surname. Symmetric."""
    if a.norm == b.norm:
        return 1.0
    if not (a.keyable and b.keyable):
        return 0.0
    clash = _gender_clash(a, b)
    if a.key == b.key:
        if (a.upper or b.upper) and min(len(a.norm), len(b.norm)) <= 4:
            # Acronyms match letter for letter: CJEU is not Kiev, GUS is not Goes, USSR is not OESR.
            return 0.0
        return GENDER_CAP if clash else KEY_MATCH
    score = _fuzzy(a, b) if a.key < b.key else _fuzzy(b, a)
    return _capped(score, a, b, clash)


def _capped(score: float, a: Token, b: Token, clash: bool) -> float:
    if clash:
        return min(score, GENDER_CAP)
    if score > SUFFIX_CAP and _suffixes_clash(a.latin, b.latin):
        return SUFFIX_CAP
    return score


def transcription_similarity(a: Token, b: Token) -> float:
    """:func:`token_similarity`, or for a Cyrillic word against a Latin one the learned Cyrillic / Latin
    similarity (:mod:`translit_names.crossscript`) if that is higher, under the same caps: it sees transcriptions
    by ear (Worthen / Уорфен) that spelling-based keys cannot. ``compare`` scores
    words with it; ``search`` and ``lookup`` do not (their candidates come from the index, which already holds
    every scheme's romanisation of each native name, and across half a million names the model's false positives
    would add up)."""
    score = token_similarity(a, b)
    if score >= DEFAULT_THRESHOLD or a.norm.isascii() == b.norm.isascii() or not (a.keyable and b.keyable):
        return score  # (the cheap script test: both words Latin, or neither)
    if (a.upper or b.upper) and min(len(a.norm), len(b.norm)) <= 4:
        return score  # acronyms are spelled, not transcribed
    cyrillic, latin = (b.norm, a.norm) if a.norm.isascii() else (a.norm, b.norm)
    if not (is_latin(latin) and is_cyrillic(cyrillic)):
        return score
    learned = cyrillic_latin_similarity(cyrillic, latin)
    if learned <= score:
        return score
    return _capped(learned, a, b, _gender_clash(a, b))


_GENERATIONS = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv", "мл", "ст", "младший", "старший"})
#: Cap on the score of two names of which only one has a generation marker (Jr., Sr., II ...).
GENERATION_CAP = 0.6

_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|evych|ovic|evic|ovitch|owitsch|ovna|evna|ivna|ichna|ovič|evič)$")


#: A word's informativeness: 1 for distinctive words; less for words that many names share
#: ("international", "national", "republic"), as counted in a gazetteer.
Informativeness = Callable[[Token], float]


def _one(tok: Token) -> float:
    return 1.0


def _weight(tok: Token, info: Informativeness) -> float:
    return (2.0 + len(tok.key or tok.norm)) * info(tok)


def _unmatched_weight(tok: Token, info: Informativeness) -> float:
    if _PATRONYMIC.search(tok.latin):
        return PATRONYMIC_WEIGHT * _weight(tok, info)
    return _weight(tok, info)


def name_similarity(
    a: tuple[Token, ...],
    b: tuple[Token, ...],
    info: Informativeness = _one,
    word_similarity: Callable[[Token, Token], float] = token_similarity,
) -> float:
    """Similarity of two token sequences in [0, 1], independent of word order; symmetric.

    Each word weighs its length times ``info(word)``; a matched pair adds its similarity (``word_similarity``)
    times both weights.
    """
    if not a or not b:
        return 0.0
    if len(a) == len(b) and all(x.norm == y.norm for x, y in zip(a, b)):
        return 1.0
    pairs: list[tuple[float, str, str, int, int]] = []
    any_initial = False
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x.initial or y.initial:
                any_initial = True
                if x.initial and y.initial:
                    sim = 1.0 if x.norm == y.norm else 0.0
                else:
                    longer, short = (y, x) if x.initial else (x, y)
                    sim = INITIAL_SIM if longer.norm[0] == short.norm or longer.key[:1] == short.key else 0.0
            else:
                sim = word_similarity(x, y)
            if sim >= MIN_PAIR:
                # Ties are broken by the words themselves, so that the alignment does not depend on word order.
                if x.norm <= y.norm:
                    pairs.append((-sim, x.norm, y.norm, i, j))
                else:
                    pairs.append((-sim, y.norm, x.norm, i, j))
    if not pairs:
        return 0.0
    pairs.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = 0.0
    total = 0.0
    weakest = 1.0
    for neg_sim, _lo, _hi, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = a[i], b[j]
        if x.initial or y.initial:
            w = 2 * _weight(x if x.initial else y, info)
        else:
            w = _weight(x, info) + _weight(y, info)
            weakest = min(weakest, -neg_sim)
        matched += -neg_sim * w
        total += w
    # "Donald Trump Jr." is not "Donald Trump": a generation marker on one side only caps the score.
    if any(t.norm in _GENERATIONS for t in a) or any(t.norm in _GENERATIONS for t in b):
        gen_a = {t.norm for t in a} & _GENERATIONS
        gen_b = {t.norm for t in b} & _GENERATIONS
        if gen_a != gen_b:
            return min(matched / (total + 1e-9), GENERATION_CAP) if total else 0.0
    if len(used_a) < len(a):
        total += sum(_unmatched_weight(x, info) for i, x in enumerate(a) if i not in used_a)
    if len(used_b) < len(b):
        total += sum(_unmatched_weight(y, info) for j, y in enumerate(b) if j not in used_b)
    # Names made only of initials against a full name say little: never above the threshold.
    if any_initial and all(a[i].initial or b[j].initial for i, j in zip(sorted(used_a), sorted(used_b))):
        return min(matched / total, DEFAULT_THRESHOLD - 0.1)
    # One poorly matching word is not outvoted by good ones: "Vladimir Putilin" is not "Vladimir Putin".
    return min(matched / total, weakest + WEAKEST_SLACK)


# Titles and honorifics dropped from a query when other words remain ("Mr Putin", "Präsident Lukaschenko").
_TITLES = frozenset(
    normalize(t)
    for t in """mr mrs ms miss dr prof sir dame lord lady president vice prime minister foreign secretary
    general gen chancellor king queen prince princess sheikh pope saint st herr frau präsident präsidentin
    kanzler kanzlerin bundeskanzler bundeskanzlerin ministerpräsident monsieur mme madame mlle président
    présidente pan pani prezydent premier señor señora presidente signor signora königin könig kaiser
    kaiserin prinz prinzessin fürst господин госпожа г-н г-жа
    президент премьер министр пан пані президент прэзідэнт спадар спадарыня""".split()
)
# A possessive or case suffix after an apostrophe at the end of the query: English "Lukashenko's", Turkish
# "Erdoğan'ın", "Ankara'da". (Not inside words: "Chaplyns'kyi" keeps its soft-sign apostrophe.)
_POSSESSIVE = re.compile(
    r"(?<=\w{3})['’`](?:s|ın|in|un|ün|nın|nin|nun|nün|a|e|ya|ye|da|de|ta|te|dan|den|tan|ten|ı|i|u|ü|yı|yi|la|le|yla|yle)?\s*$"
)


@cache
def common_words() -> frozenset[str]:
    """Normalised common words that are never names on their own (``data/common-words.txt``)."""
    text = (resources.files("translit_names") / "data" / "common-words.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def clean_query(name: str) -> str:
    """Drop possessive endings and leading/trailing titles from a query, keeping at least one word."""
    text = _POSSESSIVE.sub("", name)
    words = text.split()
    while len(words) > 1 and normalize(words[0]) in _TITLES:
        words.pop(0)
    return " ".join(words)


# Case endings of Russian, Belarusian, Ukrainian and Polish surnames and given names, longest first, with the
# nominative ending to put back. Used to try a de-inflected variant of a query word (Путина -> Путин,
# Тихановской -> Тихановская, Łukaszenki -> Łukaszenka); such a variant scores a little lower than the word.
_INFLECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ской", ("ская",)),
    ("скую", ("ская",)),
    ("ского", ("ский",)),
    ("скому", ("ский",)),
    ("ским", ("ский",)),
    ("ском", ("ский",)),
    ("овой", ("ова",)),
    ("евой", ("ева",)),
    ("иной", ("ина",)),
    ("ого", ("ий", "ый", "ой")),
    ("ему", ("ий",)),
    ("ому", ("ый", "ий")),
    ("ым", ("ый",)),
    ("ом", ("",)),
    ("ем", ("ь", "й", "")),
    ("ой", ("а",)),
    ("ей", ("я", "ь")),
    ("ою", ("а",)),
    ("у", ("", "а")),
    ("ю", ("ь", "я", "й")),
    ("а", ("", "о")),
    ("я", ("ь", "й")),
    ("е", ("", "а", "о")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
    ("ą", ("a",)),
    ("ę", ("a",)),
    ("skiej", ("ska",)),
    ("ckiej", ("cka",)),
    ("iego", ("i",)),
    ("iemu", ("i",)),
    ("ki", ("ka",)),
    ("ce", ("ka",)),
    ("ką", ("ka",)),
    ("skim", ("ski",)),
    ("em", ("",)),
    ("owi", ("",)),
    ("a", ("",)),
    ("y", ("a",)),
    ("u", ("",)),
    ("s", ("",)),
)


def _word_variants(word: str, shortest_latin: int = 6) -> list[str]:
    lower = word.lower()
    if len(lower) < 4:
        return []
    gender = _gender(unidecode(normalize(word)))
    for ending, replacements in _INFLECTIONS:
        # A one-letter Latin ending is stripped only from longer words: "Putina", "Merkels", not "Maria".
        shortest = shortest_latin if ending in ("a", "u", "s", "y") else 4
        if lower.endswith(ending) and len(lower) - len(ending) >= 3 and len(lower) >= shortest:
            stem = word[: len(word) - len(ending)]
            out = [stem + rep for rep in replacements]
            # The case endings of -sky / -skaya surnames keep the gender: Tsikhanouskya is not Tsikhanousky.
            # (Путина may be the genitive of Путин: other endings say nothing of gender.)
            if gender and _suffix_class(unidecode(normalize(word)).lower()) == "sky":
                out = [v for v in out if _gender(unidecode(normalize(v))) in ("", gender)]
            return out
    return []


#: At most this many de-inflected variants are tried for one query.
MAX_VARIANTS = 12


def query_variants(name: str) -> list[str]:
    """De-inflected variants of a cleaned query: words with a case ending replaced by a nominative one, one
    word at a time and then all together (``Andrzeja Dudy`` -> ``Andrzej Duda``). The query is not included."""
    words = name.split()
    options = [[w, *_word_variants(w)] for w in words]
    out: list[str] = []
    for idx, opts in enumerate(options):
        for alt in opts[1:]:
            out.append(" ".join(words[:idx] + [alt] + words[idx + 1 :]))
    if len(words) > 1:
        # Several inflected words ("Donalda Tuska", "Andrzeja Dudy"): shorter words may be de-inflected too.
        relaxed = [[w, *_word_variants(w, shortest_latin=4)] for w in words]
        if sum(len(o) > 1 for o in relaxed) > 1:
            combos: list[list[str]] = [[]]
            for opts in relaxed:
                combos = [c + [o] for c in combos for o in (opts[1:] or opts)][:MAX_VARIANTS]
            out.extend(" ".join(c) for c in combos)
    return [v for v in dict.fromkeys(out) if v != name][:MAX_VARIANTS]


def compare(a: str, b: str) -> float:
    """How likely two spellings name the same entity, in [0, 1]; gazetteer-free and symmetric.

    ``compare(x, x) == 1`` for any name with a letter or digit; unrelated names score near 0. At or above
    :data:`DEFAULT_THRESHOLD` the two are taken to be the same name.
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("compare() takes two str")
    ta, tb = tokenize(clean_query(a)), tokenize(clean_query(b))
    # The learned Cyrillic / Latin word model can only matter when one name has a Latin word and the other a
    # word in another script; other pairs skip its overhead.
    ascii_a, ascii_b = {t.norm.isascii() for t in ta}, {t.norm.isascii() for t in tb}
    if (True in ascii_a and False in ascii_b) or (False in ascii_a and True in ascii_b):
        return name_similarity(ta, tb, word_similarity=transcription_similarity)
    return name_similarity(ta, tb)
