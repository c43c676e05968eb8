"""Finding and ranking pages for a query: BM25F over the analysed index, with the
names staff give things, spelling suggestions and Korean particles understood.

Ranking. Each page's score is BM25F (Robertson and Zaragoza, "The Probabilistic
Relevance Framework: BM25 and Beyond", 2009), the standard relevance score of
Lucene, Elasticsearch and PostgreSQL extensions. For a term t and page d:

    tf~(t, d) = Σ over fields f of  W_f · tf_f(t, d) / (1 − b + b · len_f(d) / avglen_f)
    score(t, d) = idf(t) · tf~ · (k1 + 1) / (k1 + tf~)
    idf(t) = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))

The fields are the title (W 3), the names of the items the page presents (W 2),
their other names (W 2) and the body (W 1): a page about octreotide, whose item
is named so, comes before a page that mentions it. tf~ saturates (k1 = 1.2), so
repeating a word does not win; the length normalisation (b = 0.75 for the body, less for the
short fields) keeps long pages from winning by size; a rare term (high idf) counts more than a common one.

A query is read as concepts: each word, or several words that make one of the
names staff gave (a glossary term's forms, an item's other names: Sandostatin
LAR). A concept has alternatives, each a list of terms with weights: what was
typed (×1), the other names of the same thing (×0.9), a neighbouring stem
(metastases / metastasis, ×0.9), and, for a word no page has, the nearest word
pages do have within a small edit distance (rapidfuzz Levenshtein, ×0.8: the "Did
you mean"; a Korean word is compared letter by letter, as jamo, with the names on
the pages, its particle kept). A concept's score on a page is its best alternative's; its coverage
is how much of that alternative's weight the page has. A page's score is the sum
of its concepts' scores times their mean coverage (coordination), and a page that
covers every concept at least half comes before one that does not. A glossary
entry explains a word and never comes first when a page matches: its score is
kept below the best page's. A Korean word found only inside longer words of a page
(부작용 in a query, 작용 on the page; 소마 in 소마토스타틴) counts less there and is
never a full match.

Each result links to the part of its page (a section with a heading) that answers
most of the query, unless its title says it all (best_part).
"""

import bisect
import math
import threading
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import distance, process

from content.versions import new_memo
from search import analysis
from search.index import FIELDS
from search.models import SearchDocument

FIELD_WEIGHTS = {"t": 3.0, "n": 2.0, "a": 2.0, "b": 1.0}
K1 = 1.2
# Length normalisation per field: full for the body, less for the short fields,
# whose length says more about how many items a page presents than about focus.
B = {"t": 0.3, "n": 0.5, "a": 0.5, "b": 0.75}
SYNONYM_FACTOR = 0.9
STEM_FACTOR = 0.9
FUZZY_FACTOR = 0.8
# A two-syllable Korean word found only inside longer words of a page.
PIECE_FACTOR = 0.5
# A concept counts as found on a page when the page has this share of its weight.
FOUND = 0.5
# Longest run of query words tried as one name.
MAX_NAME_WORDS = 5
# A one-character word (a particle on its own, a letter) on more than this share of pages says nothing.
COMMON = 0.5


@dataclass
class Page:
    """A document of the index, as results show it."""

    row: int
    title: str
    section: str
    url: str
    text: str
    aliases: list[str]
    is_glossary: bool
    position: int
    parts: list[dict] = field(default_factory=list)  # search/index.py analysed_parts
    title_terms: frozenset[str] = frozenset()


@dataclass
class Index:
    """One language's index in memory: postings of saturated, weighted term frequencies."""

    pages: list[Page]
    postings: dict[str, dict[int, float]]
    forms: dict[str, list[tuple[str, ...]]]  # form key → the synonym groups it is in
    words: list[str]  # Latin words on the pages, for suggestions
    latin_terms: list[str]  # sorted, for neighbouring stems
    language: str = ""  # whose index: how its words are read (search/analysis.py terms)
    hangul_words: list[str] = field(default_factory=list)  # Korean names on the pages, for suggestions
    hangul_jamo: list[str] = field(default_factory=list)  # the same, as letters (jamo)

    @property
    def size(self) -> int:
        return len(self.pages)

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1 + (self.size - df + 0.5) / (df + 0.5)) if df else 0.0


def build(rows: list[SearchDocument], language: str = "") -> Index:
    """The in-memory index from stored rows (their terms were analysed when stored)."""
    pages, raw = [], []
    lengths: dict[str, list[float]] = {name: [] for name in FIELDS}
    for number, row in enumerate(rows):
        stored = row.terms or {}
        pages.append(
            Page(
                number,
                row.title,
                row.section,
                row.url,
                row.text,
                list(row.aliases),
                row.is_glossary,
                row.position,
                [
                    {
                        **part,
                        "terms": frozenset(part["terms"]),
                        "heading_terms": frozenset(part.get("heading_terms", ())),
                    }
                    for part in row.parts or ()
                ],
                frozenset((stored.get("t") or {}).keys()),
            )
        )
        raw.append(stored)
        for name in FIELDS:
            lengths[name].append(sum((stored.get(name) or {}).values()))
    # Averaged over the pages that have the field: most pages have no names or aliases.
    average = {name: _mean([v for v in values if v]) for name, values in lengths.items()}
    weighted: dict[str, dict[int, float]] = {}
    for number, stored in enumerate(raw):
        for name in FIELDS:
            norm = FIELD_WEIGHTS[name] / (1 - B[name] + B[name] * lengths[name][number] / average[name])
            for term, tf in (stored.get(name) or {}).items():
                entry = weighted.setdefault(term, {})
                entry[number] = entry.get(number, 0.0) + tf * norm
    postings = {
        term: {number: tf * (K1 + 1) / (K1 + tf) for number, tf in docs.items()} for term, docs in weighted.items()
    }
    forms: dict[str, list[tuple[str, ...]]] = {}
    words: set[str] = set()
    hangul: set[str] = set()
    for stored in raw:
        words.update(stored.get("w") or ())
        hangul.update(stored.get("k") or ())
        for group in stored.get("g") or ():
            group = tuple(group)
            for name in group:
                key = analysis.form_key(name)
                if key and group not in forms.setdefault(key, []):
                    forms[key].append(group)
    latin = sorted(term for term in postings if term.isascii() and term.isalpha())
    korean = sorted(hangul)
    return Index(pages, postings, forms, sorted(words), latin, language, korean, [jamo(word) for word in korean])


def jamo(word: str) -> str:
    """A Hangul word as its letters (Unicode NFD): 종양 → ㅈㅗㅇㅇㅑㅇ, so that one
    mistyped letter is one edit."""
    return unicodedata.normalize("NFD", word)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 1.0


_memo = new_memo()  # {"version": ..., "values": {language: Index}}
_lock = threading.Lock()


def index_for(language: str, version: int) -> Index:
    """The language's index, read again from the database when the content version moves on."""
    with _lock:
        if _memo["version"] == version and language in _memo["values"]:
            return _memo["values"][language]
    # Read after the version: whatever it holds is at least that new.
    index = build(list(SearchDocument.objects.filter(language=language).order_by("position")), language)
    with _lock:
        if _memo["version"] != version:
            _memo["version"], _memo["values"] = version, {}
        _memo["values"][language] = index
    return index


@dataclass
class Alternative:
    terms: list[tuple[str, float]]
    factor: float

    @property
    def weight(self) -> float:
        return sum(weight for _term, weight in self.terms) or 1.0


@dataclass
class Concept:
    text: str  # as typed
    alternatives: list[Alternative]
    correction: str = ""  # the word suggested instead, for "Did you mean"


@dataclass
class Hit:
    page: Page
    score: float
    complete: bool
    matched: set[str] = field(default_factory=set)
    part: dict | None = None  # the part of the page a result links to (best_part), or the top


@dataclass
class Outcome:
    hits: list[Hit]
    complete: bool  # every concept found on the pages listed
    suggestion: str  # the query with likely misspellings corrected, or ""
    too_common: bool  # nothing left to search for but particles and stop words
    concepts: list[Concept]


def _alternative(text: str, factor: float, language: str = "") -> Alternative:
    return Alternative(analysis.terms(text, language), factor)


def _name_at(query: str, words: list[analysis.Word], start: int, index: Index):
    """The longest name staff gave that the query's words from `start` make, as
    (words used, groups). The last Korean word may carry a particle or ending of
    one or two syllables (수술은, 조직검사는)."""
    for end in range(min(len(words), start + MAX_NAME_WORDS), start, -1):
        text = query[words[start].start : words[end - 1].end]
        key = analysis.form_key(text)
        candidates = [key]
        last = words[end - 1]
        if last.hangul and len(last.text) >= 3:
            candidates += [key[:-1], key[:-2]] if len(last.text) >= 4 else [key[:-1]]
        for candidate in candidates:
            if candidate in index.forms:
                return end, index.forms[candidate]
    return start, None


def _neighbours(stem: str, index: Index) -> list[str]:
    """Stems on the pages one letter longer or shorter than `stem` (metastas / metastasi)."""
    if len(stem) < 5:
        return []
    found = []
    at = bisect.bisect_left(index.latin_terms, stem[:-1])
    while at < len(index.latin_terms) and index.latin_terms[at].startswith(stem[:-1]):
        term = index.latin_terms[at]
        if term != stem and abs(len(term) - len(stem)) <= 1 and (term.startswith(stem) or stem.startswith(term)):
            found.append(term)
        at += 1
    return found


def _correction(word: str, index: Index) -> str:
    """The word on the pages nearest to a word no page has, within 1 edit (2 for long words)."""
    if len(word) < 4 or not word.isalpha():
        return ""
    limit = 1 if len(word) <= 6 else 2
    found = process.extract(word, index.words, scorer=distance.Levenshtein.distance, score_cutoff=limit, limit=5)
    if not found:
        return ""
    best = min(found, key=lambda item: (item[1], -len(index.postings.get(analysis.latin_term(item[0]), ()))))
    return best[0]


def _known_hangul(word: str, index: Index) -> bool:
    """Whether some page has the word, or the word without a particle or ending of one
    or two syllables: every pair of its syllables is in the index."""
    return any(
        all(stem[i : i + 2] in index.postings for i in range(len(stem) - 1)) for stem in analysis.without_particle(word)
    )


def _hangul_correction(word: str, index: Index) -> str:
    """For a Korean word no page has (3 syllables or more), the Korean name on the pages
    nearest to it, letter by letter (jamo): 1 edit for a 3-syllable word, 2 for longer.
    A particle or ending typed after it is kept (내분비종약은 → 내분비종양은)."""
    if len(word) < 3 or _known_hangul(word, index):
        return ""
    best: tuple[int, int, str] | None = None
    for cut, stem in enumerate(analysis.without_particle(word)):
        if len(stem) < 3:
            break
        limit = 1 if len(stem) == 3 else 2
        for _choice, edits, at in process.extract(
            jamo(stem), index.hangul_jamo, scorer=distance.Levenshtein.distance, score_cutoff=limit, limit=5
        ):
            candidate = (int(edits), cut, index.hangul_words[at] + word[len(stem) :])
            if best is None or candidate < best:
                best = candidate
    return best[2] if best else ""


def concepts(query: str, index: Index) -> list[Concept]:
    """The query as concepts (see the module's docstring)."""
    words = [w for w in analysis.words(query) if w.pieced or analysis.term_of(w, index.language)]
    found: list[Concept] = []
    at = 0
    while at < len(words):
        end, groups = _name_at(query, words, at, index)
        if groups:
            text = query[words[at].start : words[end - 1].end]
            alternatives = [_alternative(text, 1.0, index.language)]
            for group in groups:
                alternatives += [_alternative(name, SYNONYM_FACTOR, index.language) for name in group]
            found.append(Concept(text, _unique(alternatives)))
            at = end
            continue
        word = words[at]
        text = query[word.start : word.end]
        concept = Concept(text, [_alternative(text, 1.0, index.language)])
        if word.hangul:
            correction = _hangul_correction(word.text, index)
            if correction:
                concept.correction = correction
                concept.alternatives.append(_alternative(correction, FUZZY_FACTOR, index.language))
        elif word.script == "latin" and not word.text.isdigit():  # stems and spellings: English
            stem = word.term
            concept.alternatives += [Alternative([(t, 1.0)], STEM_FACTOR) for t in _neighbours(stem, index)]
            if stem not in index.postings and not any(a.terms[0][0] in index.postings for a in concept.alternatives):
                correction = _correction(word.text, index)
                if correction:
                    concept.correction = correction
                    concept.alternatives.append(_alternative(correction, FUZZY_FACTOR, index.language))
        found.append(concept)
        at += 1
    return [concept for concept in found if not _says_nothing(concept, index)]


def _unique(alternatives: list[Alternative]) -> list[Alternative]:
    seen, kept = set(), []
    for alternative in alternatives:
        key = tuple(alternative.terms)
        if key and key not in seen:
            seen.add(key)
            kept.append(alternative)
    return kept


def _says_nothing(concept: Concept, index: Index) -> bool:
    """A one-character word (은, a) on most pages, or a single digit: like a stop word."""
    if len(concept.text) == 1 and concept.text.isdigit():
        return True  # ("1" alone says nothing: grade 1, type 1, step 1 …)
    if len(concept.text) > 1 or not index.size:
        return False
    df = len(index.postings.get(analysis.normalise(concept.text), ()))
    return df / index.size > COMMON


def search(query: str, index: Index, limit: int) -> Outcome:
    """The pages that match `query`, best first (see the module's docstring)."""
    parts = concepts(query, index)
    typed = analysis.words(query)  # stop words and particles too
    if not parts:
        return Outcome([], False, "", bool(typed), [])
    scores: dict[int, float] = {}
    coverage: dict[int, float] = {}
    found: dict[int, int] = {}  # how many concepts each page has at least half of
    matched: dict[int, set[str]] = {}
    for concept in parts:
        best: dict[int, tuple[float, float]] = {}
        # A long Korean word (부작용) is found on a page only whole: every pair of its
        # syllables there. A page with a piece of it (작용) counts less, and never as a
        # page that has every word.
        whole_word = analysis.is_hangul(concept.text) and len(concept.text) >= 3
        # A two-syllable Korean word is found whole where a word starts with it and
        # ends within a particle (search/analysis.py START): 소마 in 소마토스타틴 is a piece.
        short_word = analysis.is_hangul(concept.text) and len(concept.text) == 2
        starts = index.postings.get(analysis.START + concept.text, {}) if short_word else {}
        for alternative in concept.alternatives:
            score: dict[int, float] = {}
            weight: dict[int, float] = {}
            pairs: dict[int, int] = {}
            for term, term_weight in alternative.terms:
                docs = index.postings.get(term)
                if not docs:
                    continue
                idf = index.idf(term) * term_weight * alternative.factor
                strong = term_weight >= 1.0 or len(concept.text) == 1
                for number, tf in docs.items():
                    score[number] = score.get(number, 0.0) + idf * tf
                    weight[number] = weight.get(number, 0.0) + term_weight
                    if strong:
                        matched.setdefault(number, set()).add(term)
                        pairs[number] = pairs.get(number, 0) + 1
            total = alternative.weight
            strong_total = sum(1 for _term, term_weight in alternative.terms if term_weight >= 1.0)
            for number, value in score.items():
                share = min(weight[number] / total, 1.0)
                if whole_word and strong_total and pairs.get(number, 0) < strong_total:
                    part = pairs.get(number, 0) / strong_total
                    value, share = value * part, min(share, FOUND * 0.99)
                elif short_word and alternative is concept.alternatives[0] and number not in starts:
                    value, share = value * PIECE_FACTOR, min(share, FOUND * 0.99)
                previous = best.get(number, (0.0, 0.0))
                best[number] = (max(value, previous[0]), max(share, previous[1]))
        for number, (value, share) in best.items():
            scores[number] = scores.get(number, 0.0) + value
            coverage[number] = coverage.get(number, 0.0) + share
            found[number] = found.get(number, 0) + (share >= FOUND)
    hits = [
        Hit(index.pages[number], value * coverage[number] / len(parts), found[number] == len(parts), matched[number])
        for number, value in scores.items()
        # Pages that share only weak single syllables with the query do not match.
        if matched.get(number)
    ]
    whole_hits = [hit for hit in hits if hit.complete]
    chosen = whole_hits or hits
    _glossary_below_pages(chosen)
    chosen.sort(key=lambda hit: (-hit.score, hit.page.position))
    chosen = chosen[:limit]
    weighted = weighted_concepts(parts, index)
    for hit in chosen:
        hit.part = best_part(hit, weighted)
    corrections = {c.text: c.correction for c in parts if c.correction}
    suggestion = _suggest(query, corrections) if corrections else ""
    return Outcome(chosen, bool(whole_hits), suggestion, False, parts)


Weighted = list[list[list[tuple[str, float]]]]  # per concept, per alternative: (term, its worth)


def weighted_concepts(parts: list[Concept], index: Index) -> Weighted:
    """What each term of each concept's alternatives is worth in a part (best_part):
    rare terms more (idf); computed once per search."""
    return [
        [
            [(term, index.idf(term) * weight * alternative.factor) for term, weight in alternative.terms]
            for alternative in concept.alternatives
        ]
        for concept in parts
    ]


def best_part(hit: Hit, weighted: Weighted) -> dict | None:
    """The part of the page that answers most of the query, or None for the page's top:
    when its title has every term that matched (the page is about it) or no part has
    any. Each concept counts by its best alternative in the part (weighted_concepts),
    the terms in the part's heading twice; the first part wins a tie."""
    page = hit.page
    if not page.parts or hit.matched <= page.title_terms:
        return None
    best, best_score = None, 0.0
    for part in page.parts:
        terms, heading = part["terms"], part["heading_terms"]
        score = 0.0
        for alternatives in weighted:
            score += max(
                sum(worth * ((term in terms) + (term in heading)) for term, worth in alternative)
                for alternative in alternatives
            )
        if score > best_score:
            best, best_score = part, score
    return best


def _glossary_below_pages(hits: list[Hit]) -> None:
    """A glossary entry never outranks the best page that matches."""
    pages = [hit.score for hit in hits if not hit.page.is_glossary]
    if not pages:
        return
    ceiling = max(pages) * 0.99
    for hit in hits:
        if hit.page.is_glossary and hit.score > ceiling:
            hit.score = ceiling


def _suggest(query: str, corrections: dict[str, str]) -> str:
    """The query with each misspelt word replaced by its correction."""
    for typed, correction in corrections.items():
        query = query.replace(typed, correction)
    return query
