"""Properties of matching names in the scripts of the language packs (issue #14)."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from translit_names import DEFAULT_THRESHOLD, compare
from translit_names.lang import get
from translit_names.lang.fallback import anyascii_reading
from translit_names.score.params import KEY_MATCH
from translit_names.text.normalize import normalize

# Letters of each script (consonants and vowel letters; the vowel signs of the abugidas follow consonants).
ALPHABETS = {
    "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
    "ur": "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھیے",
    "he": "אבגדהוזחטיכלמנסעפצקרשתםןףץך",
    "el": "αβγδεζηθικλμνξοπρστυφχψω",
    "ka": "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "hy": "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "th": "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ",
    "und": "ሀለሐመሠረሰቀበተኀነአከወዘየደገጠጰፀፈፐ",
}
BRAHMIC = {"hi": 0x0900, "bn": 0x0980, "pa": 0x0A00, "gu": 0x0A80, "ta": 0x0B80, "te": 0x0C00, "kn": 0x0C80, "ml": 0x0D00}
CONSONANTS = [0x15, 0x17, 0x1A, 0x1C, 0x1F, 0x24, 0x26, 0x28, 0x2A, 0x2E, 0x2F, 0x30, 0x32, 0x35, 0x38, 0x39]
SIGNS = [None, 0x3E, 0x3F, 0x40, 0x41, 0x47, 0x4B]


def _brahmic_word(base: int) -> st.SearchStrategy[str]:
    # The same offsets in every Brahmic block; a letter a script lacks (Bengali has no separate va, Tamil no ga)
    # is an unassigned code point, not a letter of that script: such syllables are left out.
    syllable = (
        st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(SIGNS))
        .map(lambda cs: chr(base + cs[0]) + (chr(base + cs[1]) if cs[1] else ""))
        .filter(lambda s: all(unicodedata.category(c) != "Cn" for c in s))
    )
    return st.lists(syllable, min_size=2, max_size=4).map("".join)


def _word(lang: str) -> st.SearchStrategy[str]:
    if lang in BRAHMIC:
        return _brahmic_word(BRAHMIC[lang])
    letters = ALPHABETS[lang]
    return st.text(st.sampled_from(letters), min_size=3, max_size=8)


LANGS = sorted([*ALPHABETS, *BRAHMIC])


@st.composite
def native_names(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    words = draw(st.lists(_word(lang), min_size=1, max_size=3))
    return lang, " ".join(words)


@settings(max_examples=300, deadline=None)
@given(native_names())
def test_a_name_matches_its_own_romanisation(case: tuple[str, str]) -> None:
    lang, name = case
    latin = get(lang).romanize(name)
    assume(all(len(w) >= 2 for w in normalize(latin).split()) and normalize(latin))
    assert compare(name, latin) >= DEFAULT_THRESHOLD, (lang, name, latin)
    assert compare(latin, name) == compare(name, latin)


@settings(max_examples=300, deadline=None)
@given(native_names(), st.integers(min_value=0, max_value=50), st.sampled_from("aeioubdklmnrst"))
def test_never_worse_than_an_anyascii_reading(case: tuple[str, str], at: int, letter: str) -> None:
    # A Latin spelling close to the anyascii reading of the name (one letter replaced): compare with the native
    # name is at least what the two readings score, up to the cap of a spelling that is not the same text.
    lang, name = case
    plain = anyascii_reading(name)
    assume(len(plain) > 3)
    i = at % len(plain)
    latin = plain[:i] + letter + plain[i + 1 :]
    expected = min(compare(plain, latin), KEY_MATCH)
    assert compare(name, latin) >= expected - 1e-9, (lang, name, latin)
