"""The legally required notice of patients' rights and responsibilities."""

import datetime
from html.parser import HTMLParser

import pytest

from rights.models import MediationAgency, Provision, RightsNotice

pytestmark = pytest.mark.django_db

STATUTORY_TITLES_KO = [
    "진료받을 권리",
    "알권리 및 자기결정권",
    "비밀을 보호받을 권리",
    "상담·조정을 신청할 권리",
    "가치관이나 신념을 존중받을 권리",
    "신체적 보호와 안정을 취할 권리",
    "의료인에 대한 신뢰·존중 의무",
    "부정한 방법으로 진료를 받지 않을 의무",
    "병원 규칙을 준수할 의무",
]


class ListCounter(HTMLParser):
    """Counts the numbered items in each ordered list of provisions."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: list[int] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "ol" and "provisions" in (dict(attrs).get("class") or ""):
            self.lists.append(0)
            self._depth = 1
        elif tag == "li" and self._depth:
            self.lists[-1] += 1

    def handle_endtag(self, tag):
        if tag == "ol":
            self._depth = 0


def _numbered_lists(html: str) -> list[int]:
    counter = ListCounter()
    counter.feed(html)
    return counter.lists


def test_seed_has_six_rights_and_three_responsibilities():
    assert Provision.objects.filter(kind=Provision.Kind.RIGHT).count() == 6
    assert Provision.objects.filter(kind=Provision.Kind.RESPONSIBILITY).count() == 3


@pytest.mark.parametrize("language", ["ko", "en"])
def test_rights_page_numbers_six_rights_and_three_responsibilities(client, language):
    html = client.get(f"/{language}/patients-rights/").content.decode()
    assert _numbered_lists(html) == [6, 3]


def test_korean_page_uses_the_statutory_titles(client):
    html = client.get("/ko/patients-rights/").content.decode()
    assert "환자의 권리와 의무" in html
    for title in STATUTORY_TITLES_KO:
        assert title in html, title


def test_english_text_is_corrected(client):
    html = client.get("/en/patients-rights/").content.decode()
    assert "disguised ownership" not in html
    assert "receive be" not in html
    assert "another person" in html


def test_mediation_agencies_and_legal_basis_are_shown(client):
    html = client.get("/ko/patients-rights/").content.decode()
    assert "한국소비자원" in html and "한국의료분쟁조정중재원" in html
    assert "1670-2545" in html
    assert "의료법" in html
    en = client.get("/en/patients-rights/").content.decode()
    assert "Korea Medical Dispute Mediation and Arbitration Agency" in en
    assert "Medical Service Act" in en


def test_effective_date_is_shown_only_when_staff_set_it(client):
    assert "datetime=" not in client.get("/en/patients-rights/").content.decode()
    notice = RightsNotice.get_solo()
    notice.effective_date = datetime.date(2027, 4, 28)
    notice.save()
    assert '<time datetime="2027-04-28">' in client.get("/en/patients-rights/").content.decode()
    assert '<time datetime="2027-04-28">' in client.get("/ko/patients-rights/").content.decode()


def test_unpublished_provision_and_agency_are_hidden(client):
    right = Provision.objects.get(kind=Provision.Kind.RIGHT, order=60)
    right.is_published = False
    right.save()
    agency = MediationAgency.objects.get(name_en="Korea Consumer Agency")
    agency.is_published = False
    agency.save()
    html = client.get("/en/patients-rights/").content.decode()
    assert _numbered_lists(html) == [5, 3]
    assert right.title_en not in html
    assert "Korea Consumer Agency</h3>" not in html
    kept = MediationAgency.objects.get(name_en="Korea Medical Dispute Mediation and Arbitration Agency")
    assert f'<h3 class="card-title" id="agency-{kept.pk}">{kept.name_en}</h3>' in html
