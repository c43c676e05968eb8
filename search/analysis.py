"""How search reads text, in Korean and English: the same steps for the pages it
indexes and for what a patient types, so that both meet in the same terms.

1. Normalise: Unicode NFKC (full-width letters, compatibility jamo), case folded.
2. Split into words: runs of Hangul syllables, runs of Latin letters and runs of
   digits, each a word of its own ("5-HIAA", "5HIAA" and "5 HIAA" are all "5",
   "hiaa"; "mTOR" is "mtor"). Everything else (punctuation, emoji, symbols) only
   separates words.
3. Latin words: English stop words go; British spellings are written the American
   way by regular rules of spelling (tumour → tumor, chemoembolisation →
   chemoembolization, oesophagus → esophagus, centre → center, analogue → analog);
   then the Snowball English stemmer (the `snowballstemmer` package, Porter2) takes
   off inflections (biopsies → biopsi, scans → scan). The rules run on both sides,
   so an over-eager rule changes a word on the page and in the query alike.
4. Hangul: Korean writes a noun and its particles and endings as one word
   (수술은, 임상시험에, 간에) and spaces compounds freely (호르몬 검사 /
   호르몬검사). Instead of a morphological analyzer, each run of Hangul becomes its
   overlapping two-syllable pieces (bigrams, as Lucene's CJK analyzer does), plus a
   bigram across each space between two Hangul words, plus every single syllable
   at a lower weight. A word with a particle shares all but one bigram with the
   word without it; spacing variants share all of them. Why not Kiwi (kiwipiepy),
   measured on this machine: 105 MB installed, 1.1 s to load, 1.7 s for its first
   phrase, and 520 MB resident, in every gunicorn worker, against a budget of
   100 MB; bigrams cost no memory and no start-up, and with BM25 the particle's
   one extra bigram only lowers a score a little.

Terms are plain strings: Latin stems, digit runs and Hangul pieces never collide
(different scripts).
"""

import functools
import re
import unicodedata
from typing import NamedTuple

import snowballstemmer

# A word: a run of Hangul syllables (and compatibility jamo), of Chinese characters, of
# Cyrillic or Arabic letters (Arabic's vowel marks and tatweel inside it), of Latin
# letters or of digits.
HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CYRILLIC = "\u0400-\u04ff"
ARABIC = "\u0621-\u063a\u0640-\u0652\u0670-\u06d3"
WORD = re.compile(
    rf"(?P<hangul>[{HANGUL}]+)|(?P<han>[{HAN}]+)|(?P<cyrillic>[{CYRILLIC}]+)|(?P<arabic>[{ARABIC}]+)|[a-zà-ɏ]+|[0-9]+"
)
HANGUL_RUN = re.compile(rf"[{HANGUL}]+")

# Unigram pieces of Hangul count for less than bigrams: a single syllable says little.
UNIGRAM_WEIGHT = 0.5
# The particles and endings of one or two syllables that most often follow a noun
# (a short list, not a morphological analyzer): enough to tell 작용을 (작용 and a
# particle) from 작용제 or 소마툴린.
PARTICLES = frozenset(
    {
        *("은", "는", "이", "가", "을", "를", "에", "의", "와", "과", "도", "로", "만", "나", "요", "란"),
        *("으로", "에서", "에게", "까지", "부터", "이나", "이란", "이랑", "처럼", "보다", "하고", "이며"),
        *("이고", "에는", "에도", "께서"),
    }
)
# A two-syllable Hangul word, alone or with a particle, also gives the term START + the
# word, at weight 0 (it marks, it does not score): 작용, 작용을, 작용으로 all give ^작용. A
# two-syllable query word found on a page without it is only a piece of a longer word
# there (작용 in 부작용, 소마 in 소마토스타틴) and counts less (search/engine.py).
START = "^"

# English function words (Lucene's English stop set): they carry no meaning for search.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ]
)

# British → American spellings, as regular rules of spelling (not a list of words).
BRITISH = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|es|ed|ing)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[^aeiou])our(s?)$"), r"or\1"),
    (re.compile(r"(?<=[^aeiou])our(?=[aeiou])"), "or"),
    (re.compile(r"(?<=[bcdfghklmnpstv])re(s?)$"), r"er\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"(?<=[a-z])ae(?=[a-z])|^ae(?=[a-z])"), "e"),
    (re.compile(r"(?<=[a-z])oe(?=[a-z])|^oe(?=[a-z])"), "e"),
]

_stemmer = snowballstemmer.stemmer("english")
# Russian and Arabic words: their Snowball stemmers (the same package). Arabic's takes
# off the article and the attached particles (العلاج, بالعلاج → علاج) and evens out
# the forms of alef; its vowel marks and tatweel go first.
_russian = snowballstemmer.stemmer("russian")
_arabic = snowballstemmer.stemmer("arabic")
ARABIC_MARKS = re.compile("[\u0640\u064b-\u0652\u0670]")
# Mongolian (Cyrillic, and no stemmer in Snowball): each word, and the first letters of
# a longer word as a term of their own, so that its forms meet (хавдар, хавдрын, хавдраас
# share хавд). The mark keeps such a piece apart from a word.
MONGOLIAN_PREFIX = 4
PREFIX = "~"


def normalise(text: str) -> str:
    """NFKC and case folded: how every text and query is compared."""
    return unicodedata.normalize("NFKC", text).casefold()


@functools.lru_cache(maxsize=50_000)
def latin_term(word: str) -> str:
    """A Latin word as its term: American spelling, then its Snowball stem ("" for a stop word)."""
    if word in STOP_WORDS:
        return ""
    for pattern, replacement in BRITISH:
        word = pattern.sub(replacement, word)
    return _stemmer.stemWord(word)


def is_hangul(word: str) -> bool:
    return bool(HANGUL_RUN.fullmatch(word))


@functools.lru_cache(maxsize=50_000)
def russian_term(word: str) -> str:
    return _russian.stemWord(word.replace("ё", "е"))


@functools.lru_cache(maxsize=50_000)
def arabic_term(word: str) -> str:
    word = ARABIC_MARKS.sub("", word)
    if word.startswith(("وال", "فال")) and len(word) > 5:
        word = word[1:]  # "and the …": the stemmer takes off the article, not the و or ف before it
    return _arabic.stemWord(word)


class Word(NamedTuple):
    """A word of a text: where it is, what it says (normalised), its script, and its
    term where one term stands for it (all but Hangul and Chinese, which become pieces)."""

    start: int
    end: int
    text: str
    hangul: bool
    script: str = "latin"  # hangul, han, cyrillic, arabic, latin (digits too)

    @property
    def term(self) -> str:
        return term_of(self)

    @property
    def pieced(self) -> bool:
        """Hangul and Chinese are read as pieces (bigrams), not as words."""
        return self.script in ("hangul", "han")


def mongolian_prefix(word: str) -> str:
    """The term a Mongolian word's first letters make (MONGOLIAN_PREFIX)."""
    return PREFIX + word[:MONGOLIAN_PREFIX]


def term_of(word: Word, language: str = "") -> str:
    """A word's term in a language's index: a Cyrillic word is Russian unless the index is
    Mongolian's, where it stays as it is."""
    if word.text.isdigit() or word.pieced:
        return word.text
    if word.script == "cyrillic":
        return word.text if language == "mn" else russian_term(word.text)
    if word.script == "arabic":
        return arabic_term(word.text)
    return latin_term(word.text)


def words(text: str) -> list[Word]:
    """The words of `text`, normalised, with their places in the original text."""
    folded = text.casefold()
    if len(folded) == len(text) and unicodedata.is_normalized("NFKC", text):
        # Each character folds to one (the usual case): places are the same.
        return [_word(m.start(), m.end(), m) for m in WORD.finditer(folded)]
    # Otherwise normalise character by character, remembering where each came from.
    pieces, origin = [], []
    for at, character in enumerate(text):
        piece = normalise(character)
        pieces.append(piece)
        origin.extend([at] * len(piece))
    origin.append(len(text))
    normalised = "".join(pieces)
    return [_word(origin[m.start()], origin[m.end() - 1] + 1, m) for m in WORD.finditer(normalised)]


def _word(start: int, end: int, match: re.Match) -> Word:
    return Word(start, end, match.group(0), match.lastgroup == "hangul", match.lastgroup or "latin")


@functools.lru_cache(maxsize=50_000)
def hangul_pieces(run: str) -> tuple[tuple[str, float], ...]:
    """A Hangul word as (piece, weight): each bigram at 1, each syllable at UNIGRAM_WEIGHT.
    A one-syllable word (간, 펫) is its own piece at full weight."""
    if len(run) == 1:
        return ((run, 1.0),)
    pairs = [(run[i : i + 2], 1.0) for i in range(len(run) - 1)]
    return (*pairs, *((syllable, UNIGRAM_WEIGHT) for syllable in run))


def terms(text: str, language: str = "") -> list[tuple[str, float]]:
    """Every term of `text` in a language's index, in order, with its weight (repeats kept:
    they are counted; a START mark weighs nothing). Chinese is read as Korean is, in
    overlapping pairs of characters with each character at a lower weight (Chinese
    writes no spaces between words: a pair is the commonest length of a word)."""
    found: list[tuple[str, float]] = []
    previous: Word | None = None
    for word in words(text):
        if word.script == "han":
            found.extend(hangul_pieces(word.text))
        elif word.hangul:
            if previous is not None and previous.hangul and text[previous.end : word.start].isspace():
                found.append((previous.text[-1] + word.text[0], 1.0))  # 호르몬 검사 ≈ 호르몬검사
            found.extend(hangul_pieces(word.text))
            if len(word.text) == 2 or (len(word.text) > 2 and word.text[2:] in PARTICLES):
                found.append((START + word.text[:2], 0.0))
        elif term := term_of(word, language):
            found.append((term, 1.0))
            if word.script == "cyrillic" and language == "mn" and len(word.text) > MONGOLIAN_PREFIX:
                found.append((mongolian_prefix(word.text), 1.0))
        previous = word
    return found


def without_particle(word: str) -> list[str]:
    """A Hangul word, and the word without a particle or ending it ends with."""
    return [word] + [word[:-n] for n in (1, 2) if len(word) > n + 1 and word[-n:] in PARTICLES]


def form_key(text: str) -> str:
    """What two names must share to be the same name: their terms in order, with
    Hangul joined across spaces ("산도스타틴 라르" = "산도스타틴라르") and Latin
    words stemmed ("CT scans" = "ct scan")."""
    parts: list[str] = []
    previous_hangul = False
    for word in words(text):
        if word.hangul and previous_hangul:
            parts[-1] += word.text
        elif word.hangul or (term := word.term):
            parts.append(word.text if word.hangul else term)
        previous_hangul = word.hangul
    return " ".join(parts)
