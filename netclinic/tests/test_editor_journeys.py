"""Editors' journeys through drafts and sign-off, in a real browser against the site as
production runs it (gunicorn, DEBUG off: two-factor sign-in and clinical sign-off on),
under its strict CSP, with axe-core on every admin screen they use."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import Page, expect

from content.testing.browser import AXE_TAGS, scrolls_sideways, watch
from content.testing.server import ADMIN_PASSWORD, ADMIN_USER, ROLE_USERS, admin_code

pytestmark = pytest.mark.browser

TREATMENT = "/admin/clinic/treatment/1/change/"
ARTIFACTS = settings.BASE_DIR / "artifacts"


@pytest.fixture
def person(browser, site):
    """A signed-in browser page for a role ("Editors", "Medical reviewers", "Translators")."""
    contexts = []

    def sign_in(role: str, width: int = 1280) -> Page:
        context = browser.new_context(base_url=site, locale="en", viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", ADMIN_USER if role == "Administrators" else ROLE_USERS[role])
        page.fill("#id_password", ADMIN_PASSWORD)
        page.fill("#id_otp_token", admin_code())
        page.locator("input[type=submit]").click()
        expect(page.locator("#site-name")).to_be_visible()
        return page

    yield sign_in
    for context in contexts:
        context.close()


class Watched:
    """Requests to other origins and CSP violations on a page, paused while axe-core runs
    (its own checks draw inline styles into the page, which the policy rightly blocks)."""

    def __init__(self, page: Page, origin: str) -> None:
        self.page, self.origin, self.problems = page, origin, []
        self._start()

    def _start(self) -> None:
        self._found, self._stop = watch(self.page, self.origin)

    def pause(self) -> None:
        self._stop()
        self.problems += self._found

    def resume(self) -> None:
        self._start()

    def done(self) -> list[str]:
        self.pause()
        return self.problems


def accessible(page: Page, watched: "Watched | None" = None) -> None:
    if watched:
        watched.pause()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    if watched:
        watched.resume()


def type_into(page: Page, field_id: str, text: str) -> None:
    """Set a field in a language tab that is not shown (as typing there would)."""
    page.evaluate("([id, t]) => { document.getElementById(id).value = t; }", [field_id, text])


def test_a_change_to_a_live_treatment_goes_live_only_after_a_reviewer_approves(person, site):
    editor = person("Editors")
    watched = Watched(editor, site)
    editor.goto(TREATMENT)
    public_url = editor.locator("a.viewsitelink").get_attribute("href")
    type_into(editor, "id_description_en", "Given as an injection. (Reviewed wording, draft.)")
    type_into(editor, "id_description_ko", "주사로 투여합니다. (초안)")
    editor.fill("#id__reason", "Clearer wording")
    expect(editor.locator("input[name=_save]")).to_have_count(0)  # no publishing without sign-off
    editor.locator("input[name=_submit]").click()
    expect(editor.locator(".draft-panel")).to_contain_text("Awaiting review")
    accessible(editor, watched)
    editor.screenshot(path=ARTIFACTS / "admin-draft-awaiting-review.png")
    # Patients still see the live text.
    editor.goto(public_url)
    live_path = editor.url
    expect(editor.locator("main")).not_to_contain_text("(Reviewed wording, draft.)")
    # The draft in the page design, in each language, and compared with the live text.
    editor.goto(TREATMENT)
    editor.get_by_role("link", name="Preview in English").click()
    expect(editor.locator("main")).to_contain_text("(Reviewed wording, draft.)")
    editor.goto(TREATMENT)
    editor.get_by_role("link", name="Preview in 한국어").click()
    expect(editor.locator("main")).to_contain_text("주사로 투여합니다. (초안)")
    editor.goto(TREATMENT)
    editor.get_by_role("link", name="Compare with the live version").click()
    expect(editor.locator(".draft-diff ins").first).to_be_visible()
    accessible(editor, watched)
    editor.screenshot(path=ARTIFACTS / "admin-draft-compare.png", full_page=True)
    assert watched.done() == []

    reviewer = person("Medical reviewers")
    accessible(reviewer)  # the admin home, with what waits for the reviewer
    reviewer.screenshot(path=ARTIFACTS / "admin-home-waiting-for-review.png")
    reviewer.locator(f'.content-checks a[href="{TREATMENT}"]').first.click()  # "Drafts awaiting your review"
    reviewer.get_by_role("button", name="Approve and publish").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("Published")
    reviewer.goto(live_path)
    expect(reviewer.locator("main")).to_contain_text("(Reviewed wording, draft.)")


def test_a_rights_revision_is_scheduled_by_a_second_person_never_its_author(person):
    editor = person("Editors")
    editor.goto("/admin/rights/rightsnotice/")
    type_into(editor, "id_legal_basis_en", "Revised for the Patient Basic Act (scheduled).")
    editor.fill("#id_effective_date", "2027-04-28")
    editor.locator("input[name=_submit]").click()
    expect(editor.locator(".draft-panel")).to_contain_text("Awaiting review")
    expect(editor.locator("#draft-go-live")).to_have_count(0)  # the author cannot approve their own
    second = person("Administrators")
    second.goto("/admin/rights/rightsnotice/")
    second.fill("#draft-go-live", "2027-04-28 00:00")
    second.get_by_role("button", name="Approve and schedule").click()
    expect(second.locator(".draft-panel")).to_contain_text("Goes live at 2027-04-28 00:00 (Seoul time).")
    accessible(second)
    assert not scrolls_sideways(second)


def test_two_editors_on_one_item_lose_nothing(person):
    first, second = person("Editors"), person("Medical reviewers")
    url = "/admin/clinic/page/1/change/"
    first.goto(url)
    second.goto(url)
    type_into(first, "id_lead_en", "First editor's lead.")
    type_into(first, "id_meta_description_en", "First editor's description.")
    first.locator("input[name=_save_draft]").click()
    expect(first.locator(".draft-panel")).to_be_visible()
    type_into(second, "id_lead_en", "Second editor's lead.")
    second.locator("input[name=_save_draft]").click()
    expect(second.locator(".errorlist.nonfield")).to_contain_text("Someone else changed the same fields")
    conflict = second.locator(".draft-conflict")
    expect(conflict).to_contain_text("First editor's lead.")  # their text, for a draft too
    expect(conflict).to_contain_text("Second editor's lead.")
    assert second.locator("#id_lead_en").input_value() == "Second editor's lead."  # kept
    accessible(second)
    assert not scrolls_sideways(second)
    # Saving again without choosing, as people do: the choice is asked again, nothing lost.
    second.locator("input[name=_save_draft]").click()
    expect(second.locator(".draft-conflict")).to_contain_text("First editor's lead.")
    first.goto(url)
    assert first.locator("#id_lead_en").input_value() == "First editor's lead."
    # Choosing: the second keeps their lead; the first's description, which only they changed, stays.
    second.get_by_label("Keep my text (as it is in the form)").check()
    second.locator("input[name=_save_draft]").click()
    expect(second.locator(".messagelist")).to_contain_text("Saved as a draft")
    assert second.locator("#id_lead_en").input_value() == "Second editor's lead."
    assert second.locator("#id_meta_description_en").input_value() == "First editor's description."


def test_a_translator_drafts_but_cannot_publish(person):
    translator = person("Translators", width=375)
    translator.goto("/admin/clinic/department/1/change/")
    expect(translator.locator("input[name=_save]")).to_have_count(0)
    type_into(translator, "id_summary_en", "A translator's better English.")
    translator.locator("input[name=_save_draft]").click()
    expect(translator.locator(".draft-panel")).to_be_visible()
    expect(translator.get_by_role("button", name="Publish now")).to_have_count(0)
    expect(translator.get_by_role("button", name="Approve and publish")).to_have_count(0)
    accessible(translator)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/content/auditentry/",
        "/admin/clinic/department/1/history/",
        "/admin/history-compare/clinic.department/1/?a=1&b=1",
        "/admin/translation-status/",
        "/admin/translations/",
        "/admin/translations/ru/",
        "/admin/translations/ar/international.internationalpage/1/",
        "/admin/deleted-items/",
        "/admin/two-factor/",
        "/admin/auth/group/",
        "/admin/content/revision/",
    ],
)
@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_admin_screens_added_for_governance_are_accessible(browser, site, path, language):
    context = browser.new_context(base_url=site, locale=language, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "e2e-admin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.fill("#id_otp_token", admin_code())
    page.locator("input[type=submit]").click()
    expect(page.locator("#site-name")).to_be_visible()
    response = page.goto(path)
    assert response is not None and response.status == 200, path
    accessible(page)
    context.close()
