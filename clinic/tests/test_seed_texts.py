"""The seed's corrected texts (issue 15): what the medicines page says about each medicine,
one Korean label for one thing, and the migration that brings the corrections to a
database seeded before, without touching what staff edited."""

import html
import importlib
import re

import pytest
from django.apps import apps
from django.utils import translation

from clinic.models import Clinic, Department, Page, Treatment, TreatmentApproach
from content.models import SeedRecord
from content.seeding import replace_unchanged_seed_texts

pytestmark = pytest.mark.django_db

migration = importlib.import_module("clinic.migrations.0008_correct_seed_texts")
MEDICINES = ["octreotide", "lanreotide", "pasireotide", "interferon", "everolimus", "sunitinib"]
LANGUAGES = ["ko", "en"]
# How each is given (shared/CONTENT.md's table): an injection or something taken by mouth.
HOW_GIVEN = {"en": re.compile(r"injection|by mouth"), "ko": re.compile(r"주사|먹는")}
ALSO_KNOWN_AS = {"en": re.compile(r"also known as|brand names"), "ko": re.compile(r"이름으로도 알려져|제품 이름")}
SOMATOSTATIN = re.compile(r"somatostatin|octreotide|lanreotide|pasireotide|소마토스타틴|레오티드|레오타이드", re.I)
CHEMOTHERAPY = re.compile(r"chemotherapy|항암화학요법", re.I)


def medicine(key: str) -> Treatment:
    record = SeedRecord.objects.get(key=f"clinic.treatment:medicines/{key}")
    return Treatment.objects.get(pk=record.object_id)


def page_text(client, url: str) -> str:
    """What a reader sees of a page: its text, without markup, scripts or structured data."""
    page = client.get(url).content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", "\n", page, flags=re.S)
    page = re.sub(r"</?(a|abbr|b|code|dfn|em|i|span|strong)\b[^>]*>", "", page)  # inline: the text runs on
    return html.unescape(re.sub(r"<[^>]+>", "\n", page))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+|\n+", text) if s.strip()]


# The seed's facts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_medicines_page_never_calls_a_somatostatin_analogue_chemotherapy(client, language):
    approach = TreatmentApproach.objects.get(slug="medicines")
    texts = [getattr(approach, f"summary_{language}"), getattr(approach, f"description_{language}")]
    texts += [getattr(medicine(key), f"description_{language}") for key in MEDICINES]
    for text in texts:
        for sentence in sentences(text):
            assert not (SOMATOSTATIN.search(sentence) and CHEMOTHERAPY.search(sentence)), sentence
    # The page as patients read it says the same.
    for sentence in sentences(page_text(client, f"/{language}/treatment/medicines/")):
        assert not (SOMATOSTATIN.search(sentence) and CHEMOTHERAPY.search(sentence)), sentence


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_approach_names_the_kinds_of_medicine_used(language):
    summary = getattr(TreatmentApproach.objects.get(slug="medicines"), f"summary_{language}")
    kinds = {
        "en": ["hormone therapy", "targeted therapy", "immunotherapy"],
        "ko": ["호르몬치료", "표적치료", "면역치료"],
    }[language]
    assert all(kind in summary.lower() for kind in kinds), summary


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_medicine_says_what_it_is_how_it_is_given_and_what_patients_know_it_as(language):
    descriptions = {}
    for key in MEDICINES:
        item = medicine(key)
        text = getattr(item, f"description_{language}")
        assert HOW_GIVEN[language].search(text), (key, text)
        assert ALSO_KNOWN_AS[language].search(text), (key, text)
        drug_class = getattr(item, f"drug_class_{language}")
        if key not in ("octreotide", "lanreotide", "pasireotide"):  # their class is in the text as "somatostatin"
            assert drug_class.lower().split()[0] in text.lower(), (key, drug_class, text)
        descriptions[key] = text
    assert len(set(descriptions.values())) == len(MEDICINES)
    # Not even one sentence is shared between two medicines.
    seen: dict[str, str] = {}
    for key, text in descriptions.items():
        for sentence in sentences(text):
            assert seen.setdefault(sentence, key) == key, f"{key} and {seen[sentence]} both say {sentence!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_treatments_have_the_same_description(language):
    descriptions = [getattr(t, f"description_{language}") for t in Treatment.objects.all()]
    assert len(descriptions) >= 9
    assert len(set(descriptions)) == len(descriptions)


def test_somatostatin_analogues_are_hormone_therapy_in_both_languages():
    for key in ("octreotide", "lanreotide", "pasireotide"):
        item = medicine(key)
        assert "hormone therapy" in item.description_en and "호르몬치료" in item.description_ko


@pytest.mark.parametrize("language", LANGUAGES)
def test_supportive_care_cards_do_not_all_end_the_same(language):
    endings = [
        getattr(service, f"description_{language}").rstrip(".")[-10:]
        for service in apps.get_model("clinic", "SupportiveService").objects.all()
    ]
    assert len(endings) >= 4 and len(set(endings)) == len(endings), endings


def test_korean_page_titles_match_the_navigation():
    with translation.override("ko"):
        from django.utils.translation import gettext

        assert Page.objects.get(key="contact").title_ko == gettext("Contact and visiting") == "연락처와 오시는 길"
        assert Page.objects.get(key="departments").title_ko == gettext("Departments")


def test_tace_is_explained_in_korean_where_it_is_first_named():
    summary = TreatmentApproach.objects.get(slug="liver-metastases").summary_ko
    # Named with what it is, right there: through a tube in an artery, not the neck's artery.
    gloss = summary[summary.index("경동맥화학색전술") :]
    assert gloss.startswith("경동맥화학색전술(TACE:") and "동맥에 넣은 가는 관" in gloss
    tace = Treatment.objects.get(name_en__startswith="Transcatheter")
    assert "經動脈" in tace.description_ko and "頸動脈" in tace.description_ko
    # The treatment page's lead no longer names it before the explanation.
    assert "경동맥화학색전술" not in Page.objects.get(key="treatment").lead_ko


def test_directions_name_irwon_station_on_line_3_and_nothing_else():
    clinic = Clinic.objects.get()
    assert "일원역" in clinic.directions_ko and "3호선" in clinic.directions_ko
    assert "Irwon Station" in clinic.directions_en and "Line 3" in clinic.directions_en
    assert not re.search(r"exit|bus|출구|버스", clinic.directions_en + clinic.directions_ko, re.I)


def test_department_pages_do_not_repeat_their_summary_or_the_clinic_pages_cards(client):
    clinic_page = " ".join(page_text(client, "/en/clinic/").split())
    departments_page = " ".join(page_text(client, "/en/departments/").split())
    for department in Department.objects.all():
        assert department.summary_en not in department.description_en
        assert department.summary_en in clinic_page  # the clinic page's card: what the specialty is
        assert department.summary_en not in departments_page  # the departments page: what it does here
        assert department.description_en.split(". ")[0] in departments_page


# The migration on a database seeded before


def test_old_seed_texts_are_replaced_and_staff_edits_stay():
    octreotide, everolimus = medicine("octreotide"), medicine("everolimus")
    old_octreotide = migration.CHANGES["clinic.treatment:medicines/octreotide"]
    old_everolimus = migration.CHANGES["clinic.treatment:medicines/everolimus"]
    # A database seeded before: the old seed texts, and staff corrected everolimus's English.
    Treatment.objects.filter(pk=octreotide.pk).update(
        description_ko=old_octreotide["description_ko"][0],
        description_en=old_octreotide["description_en"][0],
        description=old_octreotide["description_ko"][0],
    )
    Treatment.objects.filter(pk=everolimus.pk).update(
        description_ko=old_everolimus["description_ko"][0], description_en="Edited by staff."
    )
    history = Treatment.history.model.objects
    before = history.filter(id=octreotide.pk).count()

    migration.Migration.operations[0].code(apps, None)  # what `migrate` runs

    octreotide.refresh_from_db()
    everolimus.refresh_from_db()
    assert octreotide.description_ko == old_octreotide["description_ko"][1]
    assert octreotide.description_en == old_octreotide["description_en"][1]
    assert octreotide.description == old_octreotide["description_ko"][1]  # the mirrored column follows Korean
    assert everolimus.description_en == "Edited by staff."
    assert everolimus.description_ko == old_everolimus["description_ko"][1]
    # The previous text stays recoverable in the item's history.
    latest = history.filter(id=octreotide.pk).order_by("-history_id").first()
    # Its text before (the old seed text, set here without a record) is recorded first.
    assert history.filter(id=octreotide.pk).count() == before + 2
    assert latest.history_change_reason == "Seed text corrected"
    assert latest.description_en == old_octreotide["description_en"][1]
    assert history.filter(id=octreotide.pk, description_en=old_octreotide["description_en"][0]).exists()


def test_nothing_changes_where_nothing_is_old_and_deleted_items_stay_deleted():
    lanreotide = medicine("lanreotide")
    lanreotide.delete()  # staff deleted it; its record remains, linked to nothing
    SeedRecord.objects.filter(key="clinic.treatment:medicines/lanreotide").update(object_id=None)
    snapshot = {t.pk: (t.description_ko, t.description_en) for t in Treatment.objects.all()}

    # The seeded database already has the new texts: nothing is rewritten.
    assert replace_unchanged_seed_texts(apps, migration.CHANGES) == 0

    assert not Treatment.objects.filter(name_en="Lanreotide").exists()
    assert {t.pk: (t.description_ko, t.description_en) for t in Treatment.objects.all()} == snapshot


def test_an_item_with_no_history_gets_its_previous_text_recorded_first():
    contact = Page.objects.get(key="contact")
    old, new = migration.CHANGES["clinic.page:contact"]["title_ko"]
    Page.objects.filter(pk=contact.pk).update(title_ko=old)
    Page.history.model.objects.filter(id=contact.pk).delete()

    replace_unchanged_seed_texts(apps, {"clinic.page:contact": {"title_ko": (old, new)}})

    contact.refresh_from_db()
    assert contact.title_ko == new
    rows = list(Page.history.model.objects.filter(id=contact.pk).order_by("history_id"))
    assert [(r.title_ko, r.history_change_reason) for r in rows] == [
        (old, "Before seed text correction"),
        (new, "Seed text corrected"),
    ]
