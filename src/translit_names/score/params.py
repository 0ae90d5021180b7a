"""Every tuned number of the matcher, in one place: word and name scores, search stages and their bounds.

Each value is documented where it is defined; docs/matching.md explains how they work together. Changing one
changes answers: record ``scripts/snapshot_answers.py`` before and after.
"""

from __future__ import annotations

__all__ = ["BARE_KEY_LETTERS", "BARE_WEAK_APPROXIMATE", "BARE_WORD_PROMINENCE", "BOUND_SLACK", "CLEANED_FACTOR", "COMMON_WORD_DF", "DEFAULT_THRESHOLD", "ESTIMATE_SLACK", "EXACT_IS_ENOUGH", "FUZZY_IMPORTED_FACTOR", "GENDER_CAP", "GENERATION_CAP", "IMPORTED_ALIAS_FACTOR", "IMPORTED_WEAK_FACTOR", "INITIAL_SIM", "KEY_MATCH", "LIGHT_CUTOFF", "MARGIN", "MAX_BATCHES", "MAX_NAME_CHARS", "MAX_POSTINGS", "MIN_PAIR", "MIN_QUERY_SKELETON_FOR_DELETES", "MIN_READING_LETTERS", "MIN_TOKEN_CANDIDATE", "NEAR_MISS_CANNOT_WIN", "PATRONYMIC_WEIGHT", "PREFILTER_RATIO", "PRIOR_FLOOR", "READINGS_PAIRED", "READINGS_SEARCHED", "READINGS_TRIED", "READING_FACTOR", "RESCORE", "RESCUE_CANDIDATES", "RESCUE_FLOOR", "RESCUE_MIN_IDEOGRAPHS", "RESCUE_SKELETONS", "SEARCH_FLOOR", "SHORTEST_FUZZY", "SHORT_FORM_LETTERS", "SUFFIX_CAP", "SWAPPED_SKELETON", "VARIANT_FACTOR", "VOWEL_DISCOUNT", "WEAKEST_SLACK", "WEAK_FACTOR"]

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
#: Cap on the score of two names of which only one has a generation marker (Jr., Sr., II ...).
GENERATION_CAP = 0.6

#: ``lookup`` answers only when the best entity beats the runner-up by at least this much.
MARGIN = 0.01
#: ``search`` lists the candidates scoring at least this much.
SEARCH_FLOOR = 0.5
#: A form found by the approximate stage is first scored cheaply, from its normalised text and matching key
#: alone (``_estimate``: no tokenising, and word scores that are upper bounds of the real ones). Forms estimated
#: below (the least score the caller can use) - ESTIMATE_SLACK are not scored at all. The slack is room for the
#: one-to-one alignment, which is not monotone in the word scores; on 140,000 queries and in the property tests
#: the estimate never fell below the real score at all.
ESTIMATE_SLACK = 0.06
#: Of the forms one query word leads to, at most this many (the best by a cheap estimate) are fully scored.
RESCORE = 16
#: Candidates are read through at most this many query words (the rarest first).
MAX_BATCHES = 2
#: At most this many forms are read from the postings of one query.
MAX_POSTINGS = 300
#: Index words scoring below this against a query word are not followed: through such a word a name cannot
#: reach the threshold (a name scores at most WEAKEST_SLACK above its worst aligned word).
MIN_TOKEN_CANDIDATE = 0.66
#: Index words whose main similarity term (edits and Jaro-Winkler of the keys) is below this are not scored in
#: full: the full similarity's allowances (vowels, scrambled letters) do not lift them to MIN_TOKEN_CANDIDATE.
LIGHT_CUTOFF = 0.5
#: Index words whose Indel ratio to a query word (0-100) is below this are not even scored.
PREFILTER_RATIO = 62
#: Score factor of a match found only after titles were dropped from the query ("Lord Robertson").
CLEANED_FACTOR = 0.99
#: Score factor of a de-inflected query variant (Путина -> Путин).
VARIANT_FACTOR = 0.9
#: Extra factor on a fuzzy (edit-distance) or key match of an imported alternate name.
FUZZY_IMPORTED_FACTOR = 0.95
#: When lookup's best exact or transliteration-key answer scores this much, the de-inflection and approximate
#: stages are skipped: a de-inflected variant scores at most VARIANT_FACTOR (0.9), and a near miss of another
#: entity is weaker evidence than an exact spelling.
EXACT_IS_ENOUGH = 0.9
#: When lookup's best exact, key or de-inflected answer scores this much, the approximate (edit-distance) stage
#: is skipped: a near miss of another entity is weaker evidence than an exact or key spelling of this one. (On
#: the labelled spellings and 4,000 one-letter typos of index names, no answer changed against 0.9.)
NEAR_MISS_CANNOT_WIN = 0.8
#: The prior of an entity of prominence 0 (one of prominence 100 has 1).
PRIOR_FLOOR = 0.85
#: Words used in more forms than this weigh less in the score (``word_weight``).
COMMON_WORD_DF = 100
#: Query words add their own skeleton deletions only for skeletons of this many letters or more (or of four in a
#: word of six letters or more): shorter ones would match too much to be worth reading.
MIN_QUERY_SKELETON_FOR_DELETES = 5
#: Matching keys of this many letters or fewer are compared by equality only: token_similarity gives 0 to two
#: different keys when either is this short (``_fuzzy``: short words match exactly or by key).
SHORTEST_FUZZY = 4
#: Room left for rounding when key_similarity bounds token_similarity from above (the two compute one term in
#: different orders of operands).
BOUND_SLACK = 0.01

#: Score factor of a curated weak name (a surname alone, an ambiguous acronym). The index build gives every
#: form a factor from its tier and provenance (build.compile.name_factor); below this one, a name is weak or
#: imported, and the matcher trusts near misses of it less.
WEAK_FACTOR = 0.97
#: Score factor of an imported alternate name (GeoNames alternate names, CLDR and rigour translations): these
#: are many and unchecked, so a curated name of another entity wins a tie with them.
IMPORTED_ALIAS_FACTOR = 0.93
#: Score factor of an imported weak name (codes, short forms, demonyms, names another place also has). Such a
#: name answers only when spelled exactly; a code or short form only a query that asks for its entity's type
#: (docs/matching.md, "Bare words").
IMPORTED_WEAK_FACTOR = 0.92

# -- Bare words (one-word queries; docs/matching.md, "Bare words") ------------------------------------------
#: A bare word names an imported town (a GeoNames city or place) through the importer's own names only when the
#: town is at least this prominent (about 600,000 inhabitants), or when the query asks for the entity's type:
#: towns called Kim, Anna, García or Būsh do not answer for a given name or a surname (the bar annotate uses for
#: single words, PLACE_PROMINENCE).
BARE_WORD_PROMINENCE = 60.0
#: Whether a bare word may answer through an approximate match (a typo) of a curated weak name (a dominant
#: person's surname listed alone): Lukahsenko, Zelenksy.
BARE_WEAK_APPROXIMATE = True
#: A bare word of at least this many key letters may answer an importer's own name by its matching key
#: (Belarussia / Belarrusia); shorter words share keys by chance (José / Jos, Rossi / Росси, Yulia / Julia).
BARE_KEY_LETTERS = 8
#: An imported weak name of at most this many letters of a European alphabet is a short form (Li, Luz), which
#: answers only a query that asks for its entity's type.
SHORT_FORM_LETTERS = 4
#: Names longer than this are refused with an error by ``compare``, ``lookup`` and ``search`` (names are short;
#: this guards against pasted documents, and bounds the word alignment, which compares every pair of words).
MAX_NAME_CHARS = 1000

#: Language packs (other scripts). Score factor of a match found through a Latin reading of a name in another
#: script (Arabic, Hebrew, Indic ...): a reading is a guess at a spelling, not the spelling.
READING_FACTOR = 0.95
#: At most this many Latin readings of such a query are looked up by exact spelling and key (the pack's default
#: scheme first) ...
READINGS_TRIED = 3
#: ... and at most this many are searched in full (edits and all) when no exact or key match was good enough.
READINGS_SEARCHED = 2
#: Readings with fewer letters than this are not looked up: they find codes and abbreviations, not names.
MIN_READING_LETTERS = 4
#: ``compare`` pairs at most this many readings of each name (every reading latin_readings gives).
READINGS_PAIRED = 5
#: When no reading found a good answer (lookup's rescue stage, docs/matching.md), the entities the readings'
#: searches scored at least this much are candidates (a reading guesses the vowels an abjad leaves out: "Bil
#: Kalintun" is a poor spelling of "Bill Clinton") ...
RESCUE_FLOOR = 0.45
#: ... the best this many of them, and as many forms sharing a reading's consonant skeleton, are scored by
#: ``compare`` of the query as written against the form (capped at KEY_MATCH), times the form's name factor, its
#: entity's prior and READING_FACTOR, a near miss of an imported name times FUZZY_IMPORTED_FACTOR.
RESCUE_CANDIDATES = 8
#: A query of at most this many characters of Han, kana or Hangul (a surname or given name alone: 渡辺) gets no
#: rescue stage: too little for a cross-script guess.
RESCUE_MIN_IDEOGRAPHS = 2
#: The skeletons of this many readings (the loanword reading first) lead to forms in the rescue stage.
RESCUE_SKELETONS = 3
