"""Scheduled publishing of the rights notice (content/drafts.py): the revision for the
Patient Basic Act goes live at its moment in Seoul time, and not a second before."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from content.drafts import open_draft, publish_due
from content.models import Revision
from content.roles import EDITORS
from content.versions import forget_all

pytestmark = pytest.mark.django_db
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("editor-e", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    return client


def public(path: str) -> str:
    return Client().get(path).content.decode()


def test_a_scheduled_rights_revision_goes_live_at_its_moment_in_seoul_time(editor, django_capture_on_commit_callbacks):
    from rights.models import RightsNotice

    notice = RightsNotice.get_solo()
    url = reverse("admin:rights_rightsnotice_change")
    html = editor.get(url).content.decode()
    data = dict(re.findall(r'name="([a-z_]+)"[^>]*value="([^"]*)"', html))
    data.update(re.findall(r'<textarea name="([a-z_]+)"[^>]*>\n?([^<]*)</textarea>', html))
    data.pop("csrfmiddlewaretoken", None)
    data |= {"legal_basis_en": "Revised for the Patient Basic Act.", "effective_date": "2027-04-28", "_save_draft": "1"}
    assert editor.post(url, data).status_code == 302
    draft = open_draft(notice)
    with django_capture_on_commit_callbacks(execute=True):  # as the commit would: the site looks again
        schedule = editor.post(
            reverse("admin:draft_action", args=[draft.pk, "schedule"]), {"go_live_at": "2027-04-28T00:00"}
        )
    assert schedule.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Revision.Status.SCHEDULED
    assert draft.go_live_at == datetime.datetime(2027, 4, 28, 0, 0, tzinfo=SEOUL)
    with time_machine.travel(datetime.datetime(2027, 4, 27, 23, 59, 59, tzinfo=SEOUL), tick=False):
        assert publish_due() == []
        assert "Revised for the Patient Basic Act." not in public("/en/patients-rights/")
    with time_machine.travel(datetime.datetime(2027, 4, 28, 0, 0, tzinfo=SEOUL), tick=False):
        # The running site publishes it with the first request at that moment. (Its commit
        # moves the content version on, so no cached page is older; a test's transaction
        # never commits, so the test empties the page cache instead.)
        cache.clear()
        forget_all()
        page = public("/en/patients-rights/")
    draft.refresh_from_db()
    assert draft.status == Revision.Status.PUBLISHED
    assert "Revised for the Patient Basic Act." in page
    notice.refresh_from_db()
    assert notice.effective_date == datetime.date(2027, 4, 28)
    draft.refresh_from_db()
    assert draft.status == Revision.Status.PUBLISHED
