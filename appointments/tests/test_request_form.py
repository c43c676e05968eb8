"""The consultation request form, as a patient uses it: consent, checks, files, limits."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from appointments.apps import COORDINATORS
from appointments.models import REPLY_LANGUAGES, Attachment, ConsultationRequest, OutboxMessage
from appointments.tests import pdfs
from content.testing.images import jpeg_with_metadata, png_with_metadata

pytestmark = pytest.mark.django_db
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(autouse=True)
def quick(settings):
    settings.REQUEST_MIN_SECONDS = 0  # the test client fills the form at once
    cache.clear()


def started(client, language: str = "en") -> str:
    html = client.get(f"/{language}/appointments/").content.decode()
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


def answers(client, **changes) -> dict:
    data = {
        "asker": "patient",
        "name": "홍길동",
        "phone": "010-1234-5678",
        "email": "",
        "reply_language": "ko",
        "question": "Can I be seen for a small-bowel NET?",
        "diagnosis": "NET G1",
        "treated_at": "",
        "consent_personal": "on",
        "consent_health": "on",
        "website": "",
        "started": started(client),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def send(client, language: str = "en", **changes):
    return client.post(f"/{language}/appointments/", answers(client, **changes))


def png(size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_the_page_says_how_to_be_seen_with_a_callable_number_and_hides_what_has_no_source(client):
    html = client.get("/ko/appointments/").content.decode()
    assert 'href="tel:1599-3114"' in html and "대표전화" in html
    assert "진료의뢰서" in html and "ihs.smc@samsung.com" in html
    assert "진료비" not in html.split('id="request"')[0]  # fees: empty, so hidden
    english = client.get("/en/appointments/").content.decode()
    assert "referral letter" in english and "International Health Services" in english


@pytest.mark.parametrize("path", ["/ko/", "/en/treatment/", "/ko/patients-rights/", "/en/search/?q=ct"])
def test_every_page_leads_to_appointments_and_the_privacy_policy(client, path):
    html = client.get(path).content.decode()
    header = html.split('class="site-header"')[1].split("</header>")[0]
    assert 'class="header-action" href="/' + path[1:3] + '/appointments/"' in header
    assert f'href="/{path[1:3]}/privacy/"' in html.split('class="site-footer"')[1]


def test_the_contact_pages_link_to_appointments(client):
    # (The team page's link: clinic/tests/test_team.py, where a physician can be published.)
    for path in ("/en/contact/", "/ko/contact/"):
        response = client.get(path, follow=True)
        main = response.content.decode().split("<main", 1)[1]
        assert "/appointments/" in main, path


def test_a_request_is_stored_with_a_reference_and_the_coordinators_are_told(client, django_capture_on_commit_callbacks):
    coordinator = get_user_model().objects.create_user("coordinator-f", "coordinator@example.org", is_staff=True)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    with django_capture_on_commit_callbacks(execute=False):
        response = send(client, email="patient@example.org", send_copy="on")
    assert response.status_code == 302 and response.url == "/en/appointments/sent/"
    stored = ConsultationRequest.objects.get()
    assert stored.name == "홍길동" and stored.phone == "010-1234-5678" and stored.reply_language == "ko"
    assert re.fullmatch(r"NET-[34679ACDEFGHJKMNPQRTUVWXY]{8}", stored.reference)
    assert stored.delete_after == (stored.sent_at.date().replace(year=stored.sent_at.year + 1))
    assert "Kept for 365 days" in stored.consent
    page = client.get("/en/appointments/sent/").content.decode()
    assert stored.reference in page
    # Two e-mails wait in the outbox: the coordinators' (no personal data) and the patient's copy.
    messages = [(m.subject, m.body) for m in OutboxMessage.objects.all()]
    assert len(messages) == 2
    for subject, body in messages:
        assert "홍길동" not in body + subject and "010-1234" not in body and "NET G1" not in body


@pytest.mark.parametrize("missing", ["consent_personal", "consent_health"])
def test_no_consent_no_request_and_nothing_typed_is_lost(client, missing):
    response = send(client, **{missing: None}, question="A question typed with care.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Without this consent we cannot receive your request." in html
    assert "A question typed with care." in html and 'value="홍길동"' in html
    assert not ConsultationRequest.objects.exists()


def test_both_consents_start_unticked_and_are_explained(client):
    html = client.get("/ko/appointments/").content.decode()
    for name in ("consent_personal", "consent_health"):
        box = re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        assert "checked" not in box
    assert "365일" in html and "거부" in html and "민감정보" in html  # retention, refusal, Art. 23


def test_a_way_to_reply_is_required(client):
    response = send(client, phone="", email="")
    assert response.status_code == 200
    assert "Please give a telephone number or an e-mail address" in response.content.decode()


def test_the_copy_needs_an_email_address(client):
    response = send(client, send_copy="on", email="")
    assert response.status_code == 200 and "please give your e-mail address" in response.content.decode()
    assert not ConsultationRequest.objects.exists()


def test_robots_are_refused_by_the_honeypot_and_the_clock(client, settings):
    assert "leave the last field empty" in send(client, website="http://spam.example").content.decode()
    settings.REQUEST_MIN_SECONDS = 60
    response = send(client)
    assert response.status_code == 200 and "very fast" in response.content.decode()
    assert send(client, started="forged").status_code == 200
    assert not ConsultationRequest.objects.exists()


def test_rate_limits_per_address_and_for_everyone(client, settings):
    settings.REQUEST_RATE_PER_ADDRESS = 2
    assert send(client).status_code == 302
    assert send(client).status_code == 302
    limited = send(client, question="Kept when limited.")
    assert limited.status_code == 429 and "Kept when limited." in limited.content.decode()
    settings.REQUEST_RATE_PER_ADDRESS, settings.REQUEST_RATE_GLOBAL = 100, 3
    assert send(client, REMOTE_ADDR="10.0.0.9").status_code in (302, 429)
    assert ConsultationRequest.objects.count() == 3


def huge_png() -> bytes:
    """20,000 × 20,000 pixels in a few hundred kilobytes (one colour compresses well)."""
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG")
    return out.getvalue()


def upload(client, *files, **changes):
    data = answers(client, **changes)
    data["attachments"] = list(files)
    return client.post("/en/appointments/", data)


def test_pdf_jpeg_and_png_files_are_kept_encrypted(client, settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    pdf = pdfs.plain()
    response = upload(
        client,
        SimpleUploadedFile("report.pdf", pdf, "application/pdf"),
        SimpleUploadedFile("scan.png", png(), "image/png"),
    )
    assert response.status_code == 302
    files = list(Attachment.objects.order_by("pk"))
    assert [f.content_type for f in files] == ["application/pdf", "image/png"]
    assert files[0].name == "report.pdf"
    raw = (tmp_path / "requests" / files[0].stored_as).read_bytes()
    assert b"%PDF" not in raw and b"Catalog" not in raw and b"Pathology" not in raw


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00" + b"\x00" * 100, "is not a PDF, JPEG or PNG file"),
        ("fake.png", b"not an image at all", "is not a PDF, JPEG or PNG file"),
        ("script.pdf", pdfs.with_action("/JavaScript"), "scripts"),
        ("escaped-script.pdf", pdfs.escaped("/JavaScript"), "scripts"),  # /J#61vaScript
        ("escaped-launch.pdf", pdfs.escaped("/Launch"), "scripts"),  # /L#61unch
        ("cut.pdf", b"%PDF-1.4\n1 0 obj", "not a complete PDF"),
        ("cut-real.pdf", pdfs.plain()[: len(pdfs.plain()) // 2], "not a complete PDF"),
        ("page.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF", "not a complete PDF"),
        ("huge.png", huge_png(), "too large an image"),
        ("big.pdf", b"%PDF-1.4\n" + b"0" * 3_000_001 + b"\n%%EOF", "larger than 3 MB"),
    ],
)
def test_other_files_get_a_clear_message_and_the_form_is_kept(client, name, content, message):
    response = upload(client, SimpleUploadedFile(name, content), question="Still here.")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "Still here." in html and "choose them again" in html
    assert not ConsultationRequest.objects.exists()


def test_at_most_three_files(client):
    files = [SimpleUploadedFile(f"scan{n}.png", png(), "image/png") for n in range(4)]
    response = upload(client, *files)
    assert response.status_code == 200 and "at most 3 files" in response.content.decode()


def test_an_overlong_question_is_refused_and_kept(client):
    response = send(client, question="가" * 2001)
    assert response.status_code == 200
    assert "가" * 2001 in response.content.decode()


@FUZZ
@given(
    values=st.dictionaries(
        st.sampled_from(["asker", "name", "phone", "email", "reply_language", "question", "diagnosis", "website"]),
        st.text(max_size=3000),
    )
)
def test_any_input_gets_a_clear_answer_never_a_500(client, values):
    data = answers(client)
    data.update(values)
    response = client.post("/en/appointments/", data)
    assert response.status_code in (200, 302, 429)


def test_the_files_help_is_in_the_pages_language(client):
    assert "Up to 3 files: PDF, JPEG or PNG" in client.get("/en/appointments/").content.decode()
    korean = client.get("/ko/appointments/").content.decode()
    assert "PDF, JPEG, PNG 파일을 3개까지" in korean and "Up to 3 files" not in korean
    assert "Up to 3 files: PDF, JPEG or PNG" in client.get("/en/appointments/").content.decode()


def test_help_and_errors_are_read_with_their_fields(client):
    """Every id a field names in aria-describedby is on the page: help and errors are
    announced with the field they belong to."""
    response = client.post("/en/appointments/", {"question": ""})
    html = response.content.decode()
    described = [name for ids in re.findall(r'aria-describedby="([^"]+)"', html) for name in ids.split()]
    assert "id_question_helptext" in described and "id_question_error" in described
    for name in described:
        assert f'id="{name}"' in html, name


@pytest.mark.parametrize("original", [jpeg_with_metadata(), png_with_metadata()], ids=["jpeg", "png"])
def test_a_photos_comment_and_metadata_are_not_stored(original):
    from appointments.forms import checked_file
    from content.testing.images import upload as image_upload

    stored, _kind = checked_file(image_upload(original, "scan"))
    assert b"<script>" not in stored and b"home-address" not in stored and b"xmpmeta" not in stored


def test_a_reference_has_no_look_alike_characters():
    """Read out on the phone or copied by hand: never 0/O, 1/I/L, 8/B, 2/Z or 5/S."""
    from appointments.models import new_reference

    codes = "".join(new_reference().removeprefix("NET-") for _ in range(500))
    assert not set(codes) & set("0O1IL8B2Z5S")


@pytest.mark.parametrize(
    ("language", "first", "emergency"),
    [("ko", "신분증", "응급 상황에는 119에 전화하세요"), ("en", "a photo ID", "in an emergency, call 119")],
)
def test_what_to_bring_starts_with_a_photo_id_and_emergencies_go_to_119(client, language, first, emergency):
    html = client.get(f"/{language}/appointments/").content.decode()
    visit = html[html.index('id="visit-heading"') :]
    first_item = re.search(r"<li>(.*?)</li>", visit, re.S).group(1)
    assert first in first_item
    assert "law.go.kr" in visit  # the identity check's source
    assert emergency in html


@pytest.mark.parametrize(("language", "prefix"), [("en", "Error:"), ("ko", "오류:")])
def test_a_refused_form_says_so_in_the_title_and_its_summary_reads_naturally(client, language, prefix):
    response = send(client, language, asker=None, consent_health=None)
    html = response.content.decode()
    assert re.search(r"<title>\s*" + prefix, html)
    summary = html[html.index('id="form-errors"') : html.index("</ul>", html.index('id="form-errors"'))]
    assert "?</a>:" not in summary and ".</a>:" not in summary and "?:" not in summary
    assert 'action="/' + language + '/appointments/#form-errors"' in html  # the answer opens at the summary


def test_the_confirmation_says_how_the_reply_comes_what_arrived_and_where_to_turn(client, settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    response = upload(
        client,
        SimpleUploadedFile("report.pdf", pdfs.plain(), "application/pdf"),
        SimpleUploadedFile("scan.png", png(), "image/png"),
        email="patient@example.org",
        send_copy="on",
        reply_language="en",
    )
    assert response.status_code == 302
    html = client.get("/en/appointments/sent/").content.decode()
    assert "reply by the telephone number or e-mail address you gave" in html
    assert "An e-mail with your reference number is on its way" in html
    assert "2 files arrived with your request." in html
    assert "In an emergency, call 119." in html
    # Read in English with a reply in English: the hospital's 15xx line cannot be dialled
    # from abroad, so the IHS e-mail is offered instead.
    assert "1599-3114" not in html.split("</header>", 1)[1].split("<footer", 1)[0]
    assert "ihs.smc@samsung.com" in html


def test_the_korean_confirmation_offers_the_main_number(client):
    assert send(client, "ko").status_code == 302
    html = client.get("/ko/appointments/sent/").content.decode()
    assert "119" in html and 'href="tel:1599-3114"' in html.split("</header>", 1)[1]
    assert "파일" not in html.split('class="notice"', 1)[1].split("</div>", 1)[0]  # no files, no line about them


def test_the_reply_can_be_asked_in_each_of_the_coordinators_languages_by_its_own_name(client):
    """Korean, and the five languages of the International Health Services coordinators:
    each named in itself (with its lang), so a patient finds theirs whatever the page's language."""
    html = client.get("/en/appointments/").content.decode()
    for code, name in REPLY_LANGUAGES:
        assert re.search(rf'value="{code}"[^>]*>\s*<label for="[^"]+" lang="{code}">{name}</label>', html), code
    assert [code for code, _name in REPLY_LANGUAGES] == ["ko", "en", "ru", "zh-hans", "ar", "mn"]


@pytest.mark.parametrize("reply_language", ["ru", "zh-hans", "ar", "mn"])
def test_a_request_with_a_reply_in_another_language_is_kept_and_never_told_to_call_a_15xx_number(
    client, reply_language
):
    for language in ("ko", "en"):
        assert send(client, language, reply_language=reply_language).status_code == 302
        html = client.get(f"/{language}/appointments/sent/").content.decode()
        main = html.split("</header>", 1)[1].split("<footer", 1)[0]
        assert "1599-3114" not in main
        assert "ihs.smc@samsung.com" in main
    stored = ConsultationRequest.objects.order_by("-pk")[:2]
    assert {r.reply_language for r in stored} == {reply_language}


@pytest.mark.parametrize("reply_language", [code for code, _name in REPLY_LANGUAGES])
def test_the_patients_copy_is_written_in_the_language_of_the_reply(
    client, django_capture_on_commit_callbacks, reply_language
):
    """The e-mail copy speaks the language the patient chose, from that language's
    interface catalogue (locale/<code>/), whatever the page's language."""
    import polib
    from django.conf import settings as django_settings
    from django.utils.translation import to_locale

    with django_capture_on_commit_callbacks(execute=False):
        assert (
            send(client, "en", email="patient@example.org", send_copy="on", reply_language=reply_language).status_code
            == 302
        )
    reference = ConsultationRequest.objects.get().reference
    copy = next(m for m in OutboxMessage.objects.all() if "patient@example.org" in m.recipients)
    if reply_language == "en":
        assert copy.subject == f"Your request to the NET Clinic: {reference}"
        return
    po = polib.pofile(
        str(django_settings.BASE_DIR / "locale" / to_locale(reply_language) / "LC_MESSAGES" / "django.po")
    )
    subject = po.find("Your request to the NET Clinic: %(reference)s").msgstr
    assert copy.subject == subject % {"reference": reference}
    assert reference in copy.body and "NET Clinic" not in copy.body


def test_a_consent_read_in_another_language_points_to_the_binding_korean_text_and_keeps_it(client):
    """The consents are shown in the visitor's language; the Korean text is the binding
    one: the page says so and links to it, and the request's consent record keeps both."""
    english = client.get("/en/appointments/").content.decode()
    note = english.split('class="consent-binding"', 1)[1].split("</p>", 1)[0]
    assert "the Korean text is the binding one" in note
    assert 'href="/ko/appointments/#request" hreflang="ko" lang="ko">한국어</a>' in note
    assert 'class="consent-binding"' not in client.get("/ko/appointments/").content.decode()
    assert send(client, "en").status_code == 302
    record = ConsultationRequest.objects.get().consent
    shown, binding = record.split("— 한국어 원문(효력 있는 문안) —")
    assert "To answer your question" in shown and "질문에 답하고" in binding
    assert send(client, "ko").status_code == 302
    assert "한국어 원문" not in ConsultationRequest.objects.order_by("-pk").first().consent
