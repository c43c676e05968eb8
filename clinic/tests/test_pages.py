"""What patients read on the clinic's pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clinic import models
from clinic.models import (
    Department,
    DiagnosticTest,
    Page,
    Physician,
    Section,
    SupportiveService,
    Treatment,
    TreatmentApproach,
)
from clinic.tests.factories import page_after_staff_write, radiology
from content.testing.pages import LANGUAGES, SOURCE_LANGUAGES, public_urls

pytestmark = pytest.mark.django_db

MEDICINES = {
    "en": ["Octreotide", "Lanreotide", "Pasireotide", "Interferon-α", "Everolimus", "Sunitinib"],
    "ko": ["옥트레오티드", "란레오티드", "파시레오티드", "인터페론 알파", "에베로리무스", "수니티닙"],
}
DRUG_CLASSES = {
    "en": ["somatostatin analogue", "mTOR inhibitor", "tyrosine kinase inhibitor", "immunotherapy"],
    "ko": ["소마토스타틴 유사체", "mTOR 억제제", "티로신 키나제 억제제", "면역치료"],
}


@pytest.mark.parametrize("language", SOURCE_LANGUAGES)
def test_medicines_page_lists_each_drug_with_its_class(client, language):
    html = client.get(f"/{language}/treatment/medicines/").content.decode()
    for name in MEDICINES[language]:
        assert name in html
    lowered = html.lower()
    for drug_class in DRUG_CLASSES[language]:
        assert drug_class.lower() in lowered


@pytest.mark.parametrize(
    ("url", "texts"),
    [
        (
            "/en/diagnosis/",
            ["Blood and urine tests", "Imaging tests", "Pathology tests", "5-HIAA", "Octreoscan", "Biopsy"],
        ),
        ("/ko/diagnosis/", ["호르몬 검사", "5-HIAA", "옥트레오스캔", "조직검사"]),
        ("/en/treatment/", ["Surgery", "Radical resection", "Clinical trials"]),
        ("/ko/treatment/", ["근치적 절제술", "경동맥화학색전술", "임상시험"]),
        ("/en/treatment/liver-metastases/", ["chemoembolization", "Radiation therapy"]),
        ("/en/clinic/", ["Hematology-Oncology", "Gastroenterology", "Radiology", "Pain management"]),
        ("/ko/clinic/", ["혈액종양내과", "소화기내과", "영상의학과", "방사선종양학과"]),
        ("/en/research/", ["translational"]),
        ("/ko/research/", ["희귀암"]),
        ("/en/contact/", ["81 Irwon-ro", "ihs.smc@samsung.com"]),
        ("/ko/contact/", ["일원로 81", "ihs.smc@samsung.com"]),
        ("/en/departments/radiology/", ["Radiology"]),
    ],
)
def test_pages_show_their_content(client, url, texts):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in texts:
        assert text in html, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_shows_contact_details_on_every_page(client, language):
    for url in public_urls(language):
        html = client.get(url).content.decode()
        assert "ihs.smc@samsung.com" in html.split('class="site-footer"')[1], url


def test_unpublished_item_is_hidden_from_patients(client):
    approach = TreatmentApproach.objects.get(slug="medicines")
    drug = approach.treatments.get(name_en="Sunitinib")
    drug.is_published = False
    drug.save()
    assert "Sunitinib" not in client.get("/en/treatment/medicines/").content.decode()
    assert "Sunitinib" not in client.get("/en/treatment/").content.decode()

    approach.is_published = False
    approach.save()
    assert client.get("/en/treatment/medicines/").status_code == 404
    assert "/en/treatment/medicines/" not in client.get("/en/treatment/").content.decode()


def test_empty_optional_text_hides_its_part_of_the_page(client):
    department = radiology()
    department.description_en = department.description_ko = ""
    department.save()
    html = client.get("/en/departments/radiology/").content.decode()
    assert 'class="prose"' not in html


def test_a_staff_edit_shows_on_the_page(client):
    page = Page.objects.get(key=Page.Key.RESEARCH)
    page.title_en = "Research at the NET Clinic"
    page.title_ko = "신경내분비종양 클리닉의 연구"
    page.save()
    assert "<h1>Research at the NET Clinic</h1>" in client.get("/en/research/").content.decode()
    assert "<h1>신경내분비종양 클리닉의 연구</h1>" in client.get("/ko/research/").content.decode()


def test_text_typed_by_staff_is_escaped_and_its_markdown_kept(client):
    html = page_after_staff_write(
        client,
        Page.Key.NET,
        "/en/neuroendocrine-tumors/",
        'Some **bold** text & <b>tags</b>.\n\n<script>alert("x")</script>\n\n[bad](javascript:alert(1))',
    )
    assert "<strong>bold</strong>" in html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html


def _add_items(count: int) -> None:
    """Grow every list on the site by `count` published items."""
    group = models.TestGroup.objects.get(slug="imaging")
    approach = TreatmentApproach.objects.get(slug="medicines")
    page = Page.objects.get(key=Page.Key.CLINIC)
    start = Department.objects.count()
    for i in range(count):
        n = start + i
        Department.objects.create(slug=f"extra-{n}", name_ko=f"과 {n}", name_en=f"Department {n}", order=1000 + n)
        models.TestGroup.objects.create(slug=f"extra-{n}", name_ko=f"검사군 {n}", name_en=f"Group {n}", order=1000 + n)
        TreatmentApproach.objects.create(
            slug=f"extra-{n}", name_ko=f"치료 {n}", name_en=f"Approach {n}", order=1000 + n
        )
        DiagnosticTest.objects.create(group=group, name_ko=f"검사 {n}", name_en=f"Test {n}", order=1000 + n)
        Treatment.objects.create(approach=approach, name_ko=f"약 {n}", name_en=f"Drug {n}", order=1000 + n)
        Section.objects.create(page=page, title_ko=f"구역 {n}", title_en=f"Section {n}", order=1000 + n)
        SupportiveService.objects.create(title_ko=f"지원 {n}", title_en=f"Service {n}", order=1000 + n)
        physician = Physician.objects.create(name_ko=f"의사 {n}", name_en=f"Doctor {n}", order=1000 + n)
        physician.departments.add(*Department.objects.filter(slug__in=["radiology", "gastroenterology"]))


def _query_counts(client) -> dict[str, int]:
    counts = {}
    for url in public_urls("en"):
        if "extra-" in url:
            continue
        client.get(url)  # warm the per-process caches (glossary terms) first
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


def test_query_count_is_small_and_does_not_grow_with_content(client):
    _add_items(3)
    with_3 = _query_counts(client)
    _add_items(27)
    with_30 = _query_counts(client)
    assert with_3 == with_30
    assert max(with_30.values()) <= 6, with_30
