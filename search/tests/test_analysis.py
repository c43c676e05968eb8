"""How search reads text (search/analysis.py): the same terms for a page and a query."""

import pytest

from search.analysis import START, form_key, terms


def bag(text: str) -> set[str]:
    """The terms that score (a word-start mark weighs nothing: test below)."""
    return {term for term, weight in terms(text) if weight}


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("biopsies", "biopsy"),
        ("scans", "scan"),
        ("treatments", "treatment"),
        ("tumours", "tumor"),
        ("chemoembolisation", "chemoembolization"),
        ("oesophagus", "esophagus"),
        ("haematology", "hematology"),
        ("centre", "center"),
        ("somatostatin analogues", "somatostatin analog"),
        ("Tumour", "TUMOR"),
        ("ＣＴ", "CT"),  # full-width letters
    ],
)
def test_english_inflections_and_british_spellings_meet(typed, written):
    assert bag(typed) == bag(written)


@pytest.mark.parametrize("typed", ["5HIAA", "5 HIAA", "5-HIAA", "5‐HIAA", "(5-HIAA)"])
def test_punctuation_and_spacing_of_a_name_do_not_matter(typed):
    assert bag(typed) == {"5", "hiaa"}


def test_stop_words_carry_nothing():
    assert bag("the right to refuse a treatment") == bag("right refuse treatment")
    assert bag("the of and") == set()


def test_a_korean_word_with_a_particle_shares_all_but_one_piece_with_the_word():
    plain, with_particle = bag("조직검사"), bag("조직검사는")
    assert plain < with_particle
    assert with_particle - plain == {"사는", "는"}


@pytest.mark.parametrize(("one", "other"), [("호르몬검사", "호르몬 검사"), ("신경내분비종양", "신경 내분비 종양")])
def test_korean_spacing_variants_share_every_piece(one, other):
    assert bag(one) == bag(other)


def test_single_syllables_weigh_less_than_pairs_unless_alone():
    weights = dict(terms("검사"))
    assert weights["검사"] == 1.0 and weights["검"] < 1.0
    assert dict(terms("펫")) == {"펫": 1.0}


def test_form_keys_ignore_spacing_case_and_inflection():
    assert form_key("산도스타틴 라르") == form_key("산도스타틴라르")
    assert form_key("Sandostatin LAR") == form_key("sandostatin  lar")
    assert form_key("CT scans") == form_key("ct scan")


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🙂🙂", "\x00\x1f", "—·…"])
def test_text_without_words_has_no_terms(text):
    assert terms(text) == []


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("작용", True),
        ("작용을", True),
        ("작용으로", True),
        ("부작용", False),  # 작용 is a piece of it
        ("소마토스타틴", False),  # so is 소마
        ("소마툴린", False),
    ],
)
def test_a_two_syllable_word_with_a_particle_is_marked_whole(text, marked):
    marks = {term for term, weight in terms(text) if term.startswith(START)}
    assert (START + text[:2] in marks) == marked
    assert all(weight == 0 for term, weight in terms(text) if term.startswith(START))
