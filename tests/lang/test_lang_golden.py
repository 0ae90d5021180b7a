"""Known romanisations from the published systems and from the spellings their owners, governments or the
press use (each row names its authority), for every scheme of every language pack."""

from __future__ import annotations

import pytest

from translit_names.lang import packs
from translit_names.translit import transliterate

# (lang, scheme) -> [(native, romanisation, authority)]
GOLDEN: dict[tuple[str, str], list[tuple[str, str, str]]] = {
    ("el", "elot_743"): [
        ("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis", "Greek passport / Prime Minister's office"),
        ("Θεσσαλονίκη", "Thessaloniki", "ELOT 743 road signs"),
        ("Ηράκλειο", "Irakleio", "ELOT 743 road signs"),
        ("Πειραιάς", "Peiraias", "ELOT 743 road signs"),
        ("Ευάγγελος Βενιζέλος", "Evangelos Venizelos", "Greek passport spelling"),
        ("Παπανδρέου", "Papandreou", "ELOT 743"),
    ],
    ("el", "iso_843"): [("Μητσοτάκης", "Mītsotakīs", "ISO 843 type 1: η = ī"), ("Αθήνα", "Athīna", "ISO 843 type 1")],
    ("el", "phonetic"): [("Γιώργος", "Yorgos", "informal press spelling")],
    ("el", "reading_nominative"): [("Κυριάκου Μητσοτάκη", "Kyriakos Mitsotakis", "nominative of the genitive")],
    ("ka", "national_2002"): [
        ("თბილისი", "Tbilisi", "national system 2002"),
        ("ქუთაისი", "Kutaisi", "national system 2002"),
        ("მიხეილ სააკაშვილი", "Mikheil Saakashvili", "Georgian passport spelling"),
        ("ედუარდ შევარდნაძე", "Eduard Shevardnadze", "national system 2002"),
    ],
    ("ka", "iso_9984"): [("შევარდნაძე", "Ševardnaje", "ISO 9984: შ š, ძ j")],
    ("ka", "bgn_pcgn_1981"): [("თბილისი", "T'bilisi", "BGN/PCGN 1981 (older maps)")],
    ("ka", "german"): [("შევარდნაძე", "Schewardnadse", "Duden"), ("სააკაშვილი", "Saakaschwili", "German press")],
    ("ka", "russian"): [("შევარდნაძე", "Шеварднадзе", "Russian spelling"), ("ჯუღაშვილი", "Джугашвили", "Russian spelling")],
    ("ka", "russian_latin"): [("ჯუღაშვილი", "Dzhugashvili", "English spelling through Russian")],
    ("ka", "reading_stem"): [("პუტინი", "Putin", "nominative -i dropped")],
    ("hy", "press"): [
        ("Նիկոլ Փաշինյան", "Nikol Pashinyan", "Armenian government English spelling"),
        ("Երևան", "Yerevan", "official English spelling"),
        ("Գյումրի", "Gyumri", "official English spelling"),
    ],
    ("hy", "bgn_pcgn"): [("Փաշինյան", "P'ashinyan", "BGN/PCGN 1981"), ("Երևան", "Yerevan", "BGN/PCGN 1981")],
    ("hy", "iso_9985"): [("Երևան", "Erewan", "ISO 9985: և = ew")],
    ("hy", "western"): [("Քարտաշեան", "Kardashian", "Western Armenian surname spelling")],
    ("hy", "french"): [("Ազնավուր", "Aznavour", "Charles Aznavour's French spelling")],
    ("hy", "russian"): [("Փաշինյան", "Пашинян", "Russian spelling"), ("Գյումրի", "Гюмри", "Russian spelling")],
    ("hi", "hunterian"): [
        ("नरेन्द्र मोदी", "Narendra Modi", "Government of India"),
        ("राहुल गांधी", "Rahul Gandhi", "press"),
        ("अमित शाह", "Amit Shah", "Government of India"),
        ("भारत", "Bharat", "Constitution of India (Bharat)"),
    ],
    ("hi", "press"): [("मनमोहन सिंह", "Manmohan Singh", "Government of India"), ("नवीन", "Naveen", "press")],
    ("hi", "iso_15919"): [("नरेन्द्र मोदी", "Narēndra Mōdī", "ISO 15919: ē, ō"), ("हिन्दी", "Hindī", "ISO 15919")],
    ("hi", "iast"): [("भारत", "Bhārata", "IAST"), ("नरेन्द्र", "Narendra", "IAST: e unmarked")],
    ("mr", "hunterian"): [("मुंबई", "Mumbai", "official name since 1995")],
    ("ne", "hunterian"): [("नेपाल", "Nepal", "official English name")],
    ("bn", "hunterian"): [("ঢাকা", "Dhaka", "official English name"), ("রবীন্দ্রনাথ", "Rabindranath", "Tagore's given name")],
    ("pa", "press"): [("ਅੰਮ੍ਰਿਤਸਰ", "Amritsar", "official English name")],
    ("gu", "hunterian"): [("ગુજરાત", "Gujarat", "official English name")],
    ("or", "hunterian"): [("ପୁରୀ", "Puri", "official English name")],
    ("ta", "hunterian"): [("சென்னை", "Chennai", "official name since 1996")],
    ("te", "hunterian"): [("తెలంగాణ", "Telangana", "official English name")],
    ("kn", "hunterian"): [("ಬೆಂಗಳೂರು", "Bengaluru", "official name since 2014")],
    ("ml", "hunterian"): [("കേരളം", "Keralam", "Malayalam name of Kerala")],
    ("th", "rtgs"): [
        ("ภูเก็ต", "Phuket", "RTGS"),
        ("ทักษิณ", "Thaksin", "RTGS"),
        ("สมชาย", "Somchai", "RTGS"),
        ("ประยุทธ์", "Prayut", "RTGS"),
    ],
    ("he", "academy_2006"): [("ירושלים", "Yerushalayim", "Academy 2006, road signs"), ("תל אביב", "Tel Aviv", "road signs")],
    ("he", "ala_lc"): [("יצחק", "Yitsḥaḳ", "ALA-LC (LC name authority)"), ("חיים", "Ḥayim", "ALA-LC")],
    ("he", "english"): [("יצחק רבין", "Yitzhak Rabin", "Israeli press"), ("בנימין נתניהו", "Binyamin Netanyahu", "Israeli press")],
    ("he", "english_ch"): [("מרדכי", "Mordechai", "English spelling with ch")],
    ("he", "german"): [("משה דיין", "Mosche Dajan", "German spelling (German Wikipedia)")],
    ("ar", "ala_lc"): [
        ("عبد الفتاح السيسي", "ʻAbd al-Fattāḥ al-Sīsī", "LC name authority"),
        ("محمد", "Muḥammad", "ALA-LC"),
        ("أسامة", "Usāmah", "ALA-LC: initial hamza unwritten, -ah"),
    ],
    ("ar", "din_31635"): [("عبد الرحمن", "ʿAbd ar-Raḥmān", "DIN 31635: article assimilated"), ("جمال", "Ǧamāl", "DIN 31635: ǧ")],
    ("ar", "iso_233_2"): [("خليل", "H̱alīl", "ISO 233-2: ẖ")],
    ("ar", "english"): [
        ("أسامة بن لادن", "Usama bin Ladin", "US government spelling (FBI)"),
        ("عبد الله", "Abdullah", "press"),
        ("دبي", "Dubai", "official English name"),
    ],
    ("ar", "levantine"): [("عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "Egyptian presidency")],
    ("ar", "egyptian"): [("جمال", "Gamal", "Gamal Abdel Nasser")],
    ("ar", "french"): [
        ("أسامة بن لادن", "Oussama ben Laden", "French press"),
        ("بشار الأسد", "Bachar al-Assad", "French press"),
        ("ياسر عرفات", "Yasser Arafat", "French press"),
    ],
    ("ar", "german"): [("بشار الأسد", "Baschar al-Assad", "German press"), ("ياسر عرفات", "Jassir Arafat", "German press")],
    ("ar", "long_vowels"): [("سعيد", "Saeed", "Gulf press"), ("كريم", "Kareem", "Gulf press"), ("محمود", "Mahmood", "Pakistani press")],
    ("ar", "maghreb"): [("عبد العزيز", "Abdelaziz", "Abdelaziz Bouteflika")],
    ("ar", "reading_bare"): [("البغدادي", "Baghdadi", "press, article dropped")],
    ("fa", "ala_lc"): [("روح الله خمینی", "Rūḥ Allāh Khumaynī", "LC name authority")],
    ("fa", "ungegn"): [("تهران", "Tehran", "UNGEGN")],
    ("fa", "press"): [("محمود احمدی‌نژاد", "Mahmoud Ahmadinejad", "Iranian presidency"), ("مسعود", "Masoud", "Masoud Pezeshkian")],
    ("fa", "gh"): [("قاسم سلیمانی", "Ghasem Soleimani", "Iranian press")],
    ("fa", "french"): [("قاسم سلیمانی", "Kassem Soleimani", "French-style spelling (issue #14)")],
    ("ur", "english"): [("عمران خان", "Imran Khan", "Pakistani press"), ("نواز شریف", "Nawaz Sharif", "Pakistani press")],
    ("ur", "ala_lc"): [("عمران خان", "ʻImrān Khān", "ALA-LC Urdu")],
    # Readings of names of other languages (matching only): the vowels as the script spells them, none inserted.
    ("ar", "loanword"): [("ميلانو", "Milano", "Italian name of Milan"), ("تورينو", "Torino", "Italian name of Turin")],
    ("he", "loanword"): [("מילאנו", "Milano", "Italian name of Milan"), ("רומא", "Roma", "Italian name of Rome")],
    ("el", "loanword"): [("Ντόναλντ", "Donald", "English given name"), ("Στόλτενμπεργκ", "Stoltenberg", "Norwegian surname")],
    ("und", "anyascii"): [("ហ៊ុន សែន", "Hon Saen", "anyascii 0.3 reading of Khmer")],
}


@pytest.mark.parametrize(
    ("lang", "scheme", "native", "expected"),
    [
        pytest.param(lang, scheme, native, expected, id=f"{lang}-{scheme}-{expected}")
        for (lang, scheme), rows in GOLDEN.items()
        for native, expected, _authority in rows
    ],
)
def test_golden(lang: str, scheme: str, native: str, expected: str) -> None:
    assert transliterate(native, lang=lang, scheme=scheme) == expected


def test_every_scheme_function_of_these_packs_has_golden_examples() -> None:
    # The Indic packs share the functions of translit_names.lang.brahmic: each function needs examples once.
    tested = {next(p for p in packs() if p.code == lang).schemes[scheme].function for lang, scheme in GOLDEN}
    missing = [(p.code, s.name) for p in packs() if p.code in _MINE for s in p.schemes.values() if s.function not in tested]
    assert missing == []


# The packs of this suite (other packs, such as the East Asian ones, keep their golden tables with them).
_MINE = frozenset({"ar", "fa", "ur", "he", "el", "ka", "hy", "hi", "mr", "ne", "bn", "pa", "gu", "or", "ta", "te",
                   "kn", "ml", "th", "und"})
