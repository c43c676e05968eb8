"""The search index follows every change to the clinic's content, and only where the
change is (search/index.py, clinic/search.py): here, where both apps meet."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clinic.models import GlossaryTerm, Treatment, TreatmentApproach
from clinic.tests.factories import PASSWORD, department_form, radiology
from content.drafts import open_draft
from content.roles import EDITORS
from content.signals import announce
from content.testing.pages import LANGUAGES
from content.translations import column
from content.versions import forget_all
from search import index
from search.models import SearchDocument

pytestmark = pytest.mark.django_db
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


def urls(client, language: str, query: str) -> list[str]:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    # The page each result is on (a result links to the part that matched: "#treatment-7";
    # a glossary entry's own address has its term: "/glossary/#ct").
    return [
        result["url"] if "/glossary/" in result["url"] else result["url"].split("#")[0]
        for result in response.context.get("results") or []
    ]


def row_ids() -> dict[tuple[str, str], int]:
    return {(row.language, row.key): row.pk for row in SearchDocument.objects.all()}


def test_saving_one_item_builds_again_only_the_pages_it_appears_in(client):
    before = row_ids()
    treatment = Treatment.objects.get(name_en="Everolimus")
    treatment.other_names_en = "Quokkatinib"
    treatment.save()
    lines = announce()  # the test's transaction never commits: do what the commit would
    # Its approach's page and the overview, in every language (the seed translates both).
    assert lines == [f"Search index: {2 * len(LANGUAGES)} pages updated."]
    after = row_ids()
    rebuilt = {key for key, pk in after.items() if before.get(key) != pk}
    assert rebuilt == {
        (language, key)
        for language in LANGUAGES
        for key in (f"clinic.treatmentapproach:{treatment.approach_id}", "clinic.page:treatment")
    }
    assert urls(client, "en", "quokkatinib")[0] == "/en/treatment/medicines/"


def test_an_update_costs_no_more_queries_however_much_content_there_is(django_assert_max_num_queries):
    treatment = Treatment.objects.get(name_en="Everolimus")
    change = {(treatment._meta.label_lower, treatment.pk)}
    index.update(change)  # (the process's own caches warmed: content types)
    forget_all()  # (each update measured with nothing kept: which languages each page reads in, too)
    with CaptureQueriesContext(connection) as small:
        assert index.update(change) == 2 * len(LANGUAGES)
    medicines = treatment.approach
    for n in range(9):  # nine more treatment approaches, each with its treatments: ten times the pages
        names = {column("name", code): f"Copy {n} ({code})" for code in LANGUAGES}  # (translated too)
        copy = TreatmentApproach.objects.create(slug=f"copy-{n}", **names)
        for item in medicines.treatments.all()[:3]:
            Treatment.objects.create(
                approach=copy, **{column("name", code): getattr(item, column("name", code)) for code in LANGUAGES}
            )
    index.rebuild()
    forget_all()
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert index.update(change) == 2 * len(LANGUAGES)


def test_a_moved_item_leaves_its_old_page_and_a_deleted_one_leaves_the_index(client):
    medicines = TreatmentApproach.objects.get(slug="medicines")
    surgery = TreatmentApproach.objects.get(slug="surgery")
    item = Treatment.objects.create(approach=medicines, name_en="Zebramab", name_ko="제브라맙")
    announce()
    assert urls(client, "en", "zebramab")[0] == "/en/treatment/medicines/"
    item.approach = surgery
    item.save()
    announce()
    found = urls(client, "en", "zebramab")
    assert "/en/treatment/surgery/" in found and "/en/treatment/medicines/" not in found
    item.delete()
    announce()
    assert urls(client, "en", "zebramab") == []
    assert urls(client, "ko", "제브라맙") == []


def test_a_glossary_terms_new_form_finds_the_pages_that_use_the_term(client):
    term = GlossaryTerm.objects.get(slug="ct")
    term.aliases_ko = f"{term.aliases_ko}, 컴퓨터단층촬영"
    term.save()
    announce()
    found = urls(client, "ko", "컴퓨터단층촬영")
    assert found[0] == "/ko/diagnosis/imaging/"  # the page about CT, found by a name it never uses
    assert "/ko/glossary/#ct" in found


def editor() -> Client:
    user = get_user_model().objects.create_user("search-editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    return client


def save_draft(client: Client, **changes) -> None:
    department = radiology()
    url = reverse("admin:clinic_department_change", args=[department.pk])
    token = re.search(r'name="_edit_token" value="([^"]+)"', client.get(url).content.decode()).group(1)
    data = department_form(department, _edit_token=token, _save_draft="1", **changes)
    assert client.post(url, data).status_code == 302


def test_a_published_draft_is_searchable_and_an_unpublished_one_is_not(client, django_capture_on_commit_callbacks):
    staff = editor()
    with django_capture_on_commit_callbacks(execute=True):
        save_draft(staff, other_names_en="X-ray department")
    assert "/en/departments/radiology/" not in urls(client, "en", "x-ray department")
    draft = open_draft(radiology())
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(reverse("admin:draft_action", args=[draft.pk, "publish"])).status_code == 302
    assert urls(client, "en", "x-ray department")[0] == "/en/departments/radiology/"


def test_a_scheduled_change_is_searchable_once_it_goes_live(client, django_capture_on_commit_callbacks):
    staff = editor()
    save_draft(staff, name_en="Radiology and quokkascan")
    draft = open_draft(radiology())
    staff.post(reverse("admin:draft_action", args=[draft.pk, "schedule"]), {"go_live_at": "2027-01-01T09:00"})
    assert "/en/departments/radiology/" not in urls(client, "en", "quokkascan")
    go_live = datetime.datetime(2027, 1, 1, 9, 1, tzinfo=SEOUL)
    with time_machine.travel(go_live, tick=False), django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")
    assert urls(client, "en", "quokkascan")[0] == "/en/departments/radiology/"
