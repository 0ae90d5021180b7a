"""Every tuned number of the matcher, in one place: word and name scores, search stages and their bounds.

Each value is documented where it is defined; docs/matching.md explains how they work together. Changing one
changes answers: record ``scripts/snapshot_answers.py`` before and after.
"""

from __future__ import annotations

__all__ = ["BOUND_SLACK", "CLEANED_FACTOR", "COMMON_WORD_DF", "DEFAULT_THRESHOLD", "ESTIMATE_SLACK", "EXACT_IS_ENOUGH", "FUZZY_IMPORTED_FACTOR", "GENDER_CAP", "GENERATION_CAP", "INITIAL_SIM", "KEY_MATCH", "LIGHT_CUTOFF", "MARGIN", "MAX_BATCHES", "MAX_POSTINGS", "MIN_PAIR", "MIN_QUERY_SKELETON_FOR_DELETES", "MIN_TOKEN_CANDIDATE", "NEAR_MISS_CANNOT_WIN", "PATRONYMIC_WEIGHT", "PREFILTER_RATIO", "PRIOR_FLOOR", "RESCORE", "SEARCH_FLOOR", "SHORTEST_FUZZY", "SUFFIX_CAP", "SWAPPED_SKELETON", "VARIANT_FACTOR", "VOWEL_DISCOUNT", "WEAKEST_SLACK", "WEAK_FACTOR"]

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
