"""What people do and see, in a real browser (Playwright driving Debian's Chromium).

The site runs as in production (gunicorn, DEBUG off) in its own process.
Screenshots and a printed PDF go to artifacts/ for people to look at.
"""

import base64
import re
import time
from pathlib import Path

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django_otp.oath import totp
from playwright.sync_api import Page, expect

from content.testing.browser import AXE_TAGS, scrolls_sideways, watch
from content.testing.pages import LANGUAGES, example_pages
from content.testing.server import ADMIN_PASSWORD, ADMIN_USER, NEW_STAFF_USER, ROLE_USERS, admin_code

pytestmark = pytest.mark.browser

ARTIFACTS = settings.BASE_DIR / "artifacts"

# Every kind of public page, in both languages, from the URL resolver and the seed.
PAGES = [path for language in LANGUAGES for path in example_pages(language)]


@pytest.fixture(scope="module")
def visitor(browser, site):
    """Pages that the per-page tests share, as one visitor going from page to page does
    (a context per page would cost more than the page): a desktop, and the two narrow
    layouts (320 px, and a 1280 px window at 200% zoom, which lays out in 640 CSS pixels)."""
    sizes = {"desktop": (1280, 900, 1), "320px": (320, 800, 1), "200%": (640, 800, 2)}
    contexts = {
        name: browser.new_context(base_url=site, viewport={"width": w, "height": h}, device_scale_factor=scale)
        for name, (w, h, scale) in sizes.items()
    }
    yield {name: context.new_page() for name, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violations_and_nothing_from_elsewhere(visitor, site: str, path: str):
    desktop = visitor["desktop"]
    desktop.goto("about:blank")  # what the page before did stays out of this page's report
    problems, stop = watch(desktop, site)
    try:
        desktop.goto(path)
        results = Axe().run(desktop, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    finally:
        stop()
    assert results.violations_count == 0, results.generate_report()
    # 404s answer with an error status, which the console reports: that one is expected.
    problems = [p for p in problems if not (path.endswith("no-such-page/") and "404" in p)]
    assert problems == []


PUBLISH_PHYSICIAN = """
from clinic.models import Department, Physician
physician = Physician.objects.create(name_ko="테스트 의사", name_en="Test Physician", position_ko="교수",
                                     position_en="Professor", is_published=True)
physician.departments.add(Department.objects.get(slug="hematology-oncology"))
"""


def test_the_team_page_once_a_physician_is_published_has_no_accessibility_violations(visitor, site, site_folder):
    """The team page is hidden until a physician is published (so it is not among PAGES):
    here one is, on the served site, for as long as the test runs."""
    from content.testing.commands import manage

    env = {
        "DATABASE_URL": f"sqlite:///{site_folder / 'db.sqlite3'}",
        "DJANGO_PRIVATE_ROOT": str(site_folder / "private"),
    }
    manage(env, "shell", "-c", PUBLISH_PHYSICIAN)
    try:
        for language in LANGUAGES:
            desktop = visitor["desktop"]
            desktop.goto("about:blank")
            problems, stop = watch(desktop, site)
            try:
                response = desktop.goto(f"/{language}/clinic/team/")
                results = Axe().run(desktop, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            finally:
                stop()
            assert response.status == 200
            assert results.violations_count == 0, results.generate_report()
            assert problems == []
    finally:
        manage(env, "shell", "-c", "from clinic.models import Physician; Physician.objects.all().delete()")


ADMIN_PAGES = [
    "/admin/",
    "/admin/clinic/department/",
    "/admin/clinic/department/1/change/",
    "/admin/clinic/department/1/history/",
    "/admin/clinic/page/1/change/",
    "/admin/clinic/physician/add/",
    "/admin/clinic/treatmentapproach/1/change/",
    "/admin/rights/provision/",
    "/admin/translation-status/",
    "/admin/deleted-items/",
    "/admin/auth/user/",
    "/admin/two-factor/",
    "/admin/search/searchquery/",
]


def test_the_admin_runs_under_the_same_strict_policy(desktop: Page, site: str):
    problems, _stop = watch(desktop, site)
    sign_in(desktop)
    expect(desktop.locator("#content-main")).to_be_visible()
    for path in ADMIN_PAGES:
        response = desktop.goto(path)
        assert response.status == 200, path
    desktop.goto("/admin/clinic/department/1/change/")
    expect(desktop.locator("#id_name_ko")).to_be_visible()  # both languages, one under the other
    expect(desktop.locator("#id_name_en")).to_be_visible()
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_page_has_no_accessibility_violations(new_context, language):
    page = new_context(locale=language, viewport={"width": 375, "height": 740}).new_page()
    page.goto("/admin/login/")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert not scrolls_sideways(page)


def current_code(key: str) -> str:
    """The code an authenticator app shows now for `key` (as the page shows it), by the
    real clock the served site runs on (the tests' own clock is set to a fixed morning)."""
    secret = base64.b32decode(key.replace(" ", ""))
    return str(totp(secret, t0=round(time.time() - time_machine.escape_hatch.time.time()))).zfill(6)


@pytest.mark.parametrize("language", settings.SOURCE_LANGUAGES)  # (the clinic's staff)
def test_a_new_staff_member_sets_up_two_factor_sign_in_at_first_sign_in(new_context, site, language):
    """Password, then the set-up page (QR code and key), one code, the recovery codes:
    no administrator involved; each page accessible at 320 px, under the site's CSP."""
    page = new_context(locale=language, viewport={"width": 320, "height": 800}).new_page()
    problems, stop = watch(page, site)
    page.goto("/admin/login/")
    page.fill("#id_username", NEW_STAFF_USER + language)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.locator("input[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/two-factor/set-up/"))
    qr = page.locator("img.two-factor-qr")
    expect(qr).to_be_visible()
    # The image loads (an SVG from the site itself); wait for it, as a person would.
    page.wait_for_function(
        "() => { const i = document.querySelector('img.two-factor-qr'); return i.complete && i.naturalWidth > 0; }"
    )
    assert_accessible(page)
    page.screenshot(path=ARTIFACTS / f"admin-two-factor-{language}.png", full_page=True)
    page.fill("#id_code", "000000")
    page.locator("input[type=submit]").click()
    expect(page.locator(".errorlist")).to_be_visible()  # a wrong code says so
    time.sleep(1.1)  # django-otp pauses a second after a wrong code
    page.fill("#id_code", current_code(page.locator(".two-factor-key code").inner_text()))
    page.locator("input[type=submit]").click()
    expect(page.locator(".two-factor-codes li")).to_have_count(10)
    assert_accessible(page)
    page.locator("#content-main a.button").click()
    expect(page.locator("#site-name")).to_be_visible()  # in the admin, signed in with the new app
    assert page.url.endswith("/admin/")
    stop()
    assert problems == []


def sign_in(page: Page) -> None:
    """Sign in to the admin as the session server's administrator, with a current code."""
    page.goto("/admin/login/")
    page.fill("#id_username", ADMIN_USER)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.fill("#id_otp_token", admin_code())
    page.locator("input[type=submit]").click()


def assert_accessible(page: Page) -> None:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    assert not scrolls_sideways(page)


@pytest.mark.parametrize("language", settings.SOURCE_LANGUAGES)  # (the clinic's staff)
def test_the_searches_report_is_accessible_at_320px(new_context, site, language):
    """The editors' report of searches (search/admin.py), with searches in it, at 320 px."""
    context = new_context(viewport={"width": 320, "height": 800}, extra_http_headers={"Accept-Language": language})
    page = context.new_page()
    for query in ("octreotide", "zzqqxx", "옥트레오티드"):
        page.goto(f"/{language}/search/?q={query}")
    sign_in(page)
    page.goto("/admin/search/searchquery/")
    expect(page.locator("#content-main")).to_contain_text("zzqqxx")
    assert_accessible(page)
    page.screenshot(path=ARTIFACTS / f"admin-search-report-{language}.png", full_page=True)


def test_the_live_preview_follows_typing_and_says_when_a_text_is_too_long(desktop: Page):
    sign_in(desktop)
    desktop.goto("/admin/clinic/department/1/change/")
    preview = desktop.locator("#id_description_ko-preview")

    def type_text(text: str) -> None:
        desktop.evaluate(
            "t => { const a = document.getElementById('id_description_ko'); a.value = t;"
            " a.dispatchEvent(new Event('input')); }",
            text,
        )

    type_text("Some **bold** text")
    expect(preview.locator("strong")).to_have_text("bold")
    type_text("x" * 20_001)
    expect(preview).to_contain_text("too long to preview")


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scrolling_at_320px_or_200_percent_zoom(visitor, path: str):
    for layout in ("320px", "200%"):
        page = visitor[layout]
        page.goto(path)
        assert not scrolls_sideways(page), f"{path} scrolls sideways at {layout}"


def test_skip_link_is_first_and_moves_focus_to_the_content(desktop: Page):
    desktop.goto("/en/treatment/")
    desktop.keyboard.press("Tab")
    skip = desktop.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    desktop.keyboard.press("Enter")
    expect(desktop.locator("#main-content")).to_be_focused()


def test_keyboard_alone_goes_through_the_menu_with_a_visible_focus(desktop: Page):
    desktop.goto("/en/")
    menu = desktop.locator(".main-nav a")
    wanted = [menu.nth(i).get_attribute("href") for i in range(menu.count())]
    reached = []
    for _ in range(40):
        desktop.keyboard.press("Tab")
        focused = desktop.evaluate(
            "(() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return {href: e.getAttribute('href'), inNav: !!e.closest('.main-nav'),"
            " outline: s.outlineStyle + ' ' + s.outlineWidth}; })()"
        )
        if focused["inNav"]:
            reached.append(focused["href"])
            assert focused["outline"].split()[0] != "none" and float(focused["outline"].split()[1][:-2]) >= 2
    assert reached[: len(wanted)] == wanted
    desktop.goto("/en/")
    desktop.locator(".main-nav a", has_text="Treatment").focus()
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(re.compile(r"/en/treatment/$"))


@pytest.mark.parametrize(
    ("start", "switch", "target", "lang"),
    [
        ("/ko/treatment/medicines/", "English", "/en/treatment/medicines/", "en"),
        ("/en/patients-rights/", "한국어", "/ko/patients-rights/", "ko"),
        ("/en/international-patients/", "العربيّة", "/ar/international-patients/", "ar"),
        ("/ar/treatment/", "Монгол", "/mn/treatment/", "mn"),
        ("/mn/appointments/", "简体中文", "/zh-hans/appointments/", "zh-hans"),
        ("/zh-hans/contact/", "Русский", "/ru/contact/", "ru"),
    ],
)
def test_switching_language_keeps_the_page(desktop: Page, start, switch, target, lang):
    desktop.goto(start)
    desktop.locator(".language-switch summary").click()  # six languages: a disclosure
    desktop.locator(".language-switch a", has_text=switch).click()
    expect(desktop).to_have_url(re.compile(re.escape(target) + "$"))
    expect(desktop.locator("html")).to_have_attribute("lang", lang)


@pytest.mark.parametrize(
    ("language", "query", "result"), [("en", "everolimus", "Medicines"), ("ko", "옥트레오스캔", "영상검사")]
)
def test_search_from_the_header(desktop: Page, language, query, result):
    desktop.goto(f"/{language}/")
    desktop.locator("#header-search-q").fill(query)
    desktop.locator("#header-search-q").press("Enter")
    expect(desktop.locator(".search-results")).to_be_visible()
    desktop.locator(".search-title a", has_text=result).first.click()
    expect(desktop.locator("h1")).to_contain_text(result)


def test_phone_menu_opens_and_closes(phone: Page):
    phone.goto("/en/")
    menu = phone.locator(".menu-disclosure")
    button = menu.locator("summary")
    links = phone.locator(".menu-panel")
    expect(phone.locator(".main-nav")).to_be_hidden()  # the desktop bar gives way to the button
    expect(button).to_contain_text("Menu")  # an icon and a word
    expect(links).to_be_hidden()
    button.click()
    expect(phone.locator(".menu-panel a", has_text="Patients' rights")).to_be_visible()
    phone.keyboard.press("Escape")  # site.js: Escape closes it and focus returns to the button
    expect(links).to_be_hidden()
    expect(button).to_be_focused()
    button.press("Enter")
    expect(links).to_be_visible()
    phone.mouse.click(180, 700)  # a tap outside closes it
    expect(links).to_be_hidden()


def test_everything_works_with_javascript_off(new_context):
    page = new_context(java_script_enabled=False, viewport={"width": 375, "height": 740}).new_page()
    page.goto("/ko/")
    expect(page.locator(".menu-panel")).to_be_hidden()
    page.locator(".menu-disclosure summary").click()  # <details> opens without JavaScript
    expect(page.locator(".menu-panel a", has_text="환자의 권리")).to_be_visible()
    page.locator(".menu-panel a", has_text="치료").click()
    expect(page.locator("h1")).to_have_text("치료")
    # Glossary terms lead to the glossary.
    page.locator("main a.glossary-term").first.click()
    expect(page).to_have_url(re.compile(r"/ko/glossary/#[\w-]+$"))
    # The search button leads to the search page and its one search box.
    page.locator(".header-buttons > a", has_text="검색").click()
    expect(page.locator('input[type="search"]')).to_have_count(1)
    page.locator("#search-page-q").fill("CT")
    page.locator("#search-page-q").press("Enter")
    expect(page.locator(".search-results")).to_be_visible()


def test_print_preview_is_clean(desktop: Page):
    desktop.goto("/en/patients-rights/")
    desktop.emulate_media(media="print")
    for hidden in (".main-nav", ".language-switch", ".header-tools", ".header-buttons", ".skip-link"):
        assert desktop.locator(hidden).evaluate("e => getComputedStyle(e).display") == "none", hidden
    # Printed links say where they go: the address follows the link text.
    link = desktop.locator("footer a[href^='/']").first
    href = link.get_attribute("href")
    shown_after = link.evaluate("e => getComputedStyle(e, '::after').content")
    assert shown_after == f'" ({href})"', shown_after
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "patients-rights-en.pdf"
    desktop.pdf(path=str(pdf), format="A4")
    assert pdf.stat().st_size > 10_000


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "path"), [("home", ""), ("treatment", "treatment/medicines/"), ("rights", "patients-rights/")]
)
@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots(new_context, language, name, path, width):
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(f"/{language}/{path}")
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    target: Path = shots / f"{name}-{language}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 5_000
    assert not scrolls_sideways(page)


def fill_request(page: Page, language: str) -> None:
    """What a patient types into the consultation request form (appointments/)."""
    page.locator("#id_asker_1").check()  # a family member
    page.locator("#id_name").fill("김민지" if language == "ko" else "Kim Minji")
    page.locator("#id_email").fill("minji@example.org")
    page.locator(f"#id_reply_language_{0 if language == 'ko' else 1}").check()
    question = "아버지가 소장 신경내분비종양 진단을 받았습니다." if language == "ko" else "My father has a NET."
    page.locator("#id_question").fill(question)


@pytest.mark.parametrize(("language", "javascript"), [("ko", True), ("en", False)])
def test_a_patient_sends_a_question_from_a_phone(new_context, site, language, javascript):
    """From the header's call to action to the reference number, at 320 px, under the strict
    CSP, with a consent missing on the first try (nothing typed is lost)."""
    context = new_context(viewport={"width": 320, "height": 800}, java_script_enabled=javascript)
    page = context.new_page()
    problems, stop = watch(page, site)
    page.goto(f"/{language}/")
    page.locator(".header-action").click()
    expect(page.locator("h1")).to_have_text("진료 예약과 의뢰" if language == "ko" else "Appointments and referrals")
    expect(page.locator('a[href="tel:1599-3114"]').first).to_be_visible()
    if javascript:  # axe runs in the page: with JavaScript on
        assert_accessible(page)
    fill_request(page, language)
    if javascript:
        expect(page.locator("#question-count")).to_contain_text("2000")
    page.locator("#id_consent_personal").check()
    page.wait_for_timeout(1100)  # the robot clock
    page.locator(".request-form button[type=submit]").click()
    expect(page.locator("#form-errors")).to_be_visible()  # the health consent is missing
    assert page.locator("#id_question").input_value().startswith("아버지" if language == "ko" else "My father")
    if javascript:  # axe runs in the page: with JavaScript on
        assert_accessible(page)
    page.locator("#id_consent_health").check()
    page.locator(".request-form button[type=submit]").click()
    expect(page.locator(".reference")).to_have_text(re.compile(r"NET-[2-9A-Z]{8}"))
    if javascript:  # axe runs in the page: with JavaScript on
        assert_accessible(page)
    page.screenshot(path=ARTIFACTS / f"appointments-sent-{language}.png", full_page=True)
    stop()
    assert problems == []


def test_a_coordinator_reads_a_request_and_marks_it_answered(new_context, site):
    """A request from the form, read by a Patient coordinator in the admin, at 320 px."""
    patient = new_context(viewport={"width": 1280, "height": 900}).new_page()
    patient.goto("/en/appointments/")
    fill_request(patient, "en")
    patient.locator("#id_consent_personal").check()
    patient.locator("#id_consent_health").check()
    patient.wait_for_timeout(1100)
    patient.locator(".request-form button[type=submit]").click()
    reference = patient.locator(".reference").inner_text()

    page = new_context(viewport={"width": 320, "height": 800}).new_page()
    problems, stop = watch(page, site)
    page.goto("/admin/login/")
    page.fill("#id_username", ROLE_USERS["Patient coordinators"])
    page.fill("#id_password", ADMIN_PASSWORD)
    page.fill("#id_otp_token", admin_code())
    page.locator("input[type=submit]").click()
    page.goto("/admin/appointments/consultationrequest/")
    assert "Kim Minji" not in page.content()  # the list shows the minimum
    page.locator("a", has_text=reference).click()
    expect(page.locator("#content-main")).to_contain_text("My father has a NET.")
    change_url = page.url
    page.locator("#id_status").select_option("answered")
    page.locator("#id_notes").fill("Replied by e-mail.")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    page.screenshot(path=ARTIFACTS / "admin-request-list.png", full_page=True)
    stop()
    assert problems == [], "\n".join(problems)
    # axe, after the watch: its own checks set inline styles, which the CSP reports.
    assert_accessible(page)
    page.goto(change_url)
    assert_accessible(page)
    page.screenshot(path=ARTIFACTS / "admin-request.png", full_page=True)


@pytest.mark.parametrize("width", [320, 1280])
def test_arabic_reads_right_to_left_with_the_layout_mirrored(new_context, site, width):
    """The header, the menu, the breadcrumbs and the side column mirror; phone numbers and
    e-mail addresses stay left to right inside the Arabic text; nothing scrolls sideways."""
    page = new_context(viewport={"width": width, "height": 900}).new_page()
    problems, stop = watch(page, site)
    page.goto("/ar/appointments/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    brand = page.locator(".brand").bounding_box()
    assert brand is not None and brand["x"] + brand["width"] > width * 0.6  # the clinic's name on the right
    heading = page.locator("h1").bounding_box()
    assert heading is not None and heading["x"] + heading["width"] > width * 0.6
    crumbs = page.locator(".breadcrumbs a").first.bounding_box()
    assert crumbs is not None and crumbs["x"] > width / 2  # "Home" first, on the right
    assert page.locator("html").evaluate("e => getComputedStyle(e).direction") == "rtl"
    for number in page.locator('a[href^="tel:"], a[href^="mailto:"]').all():
        assert number.evaluate("e => getComputedStyle(e).direction") == "ltr", number.inner_text()
    if width == 1280:
        aside = page.locator(".page-aside").first.bounding_box()
        main = page.locator("h2").first.bounding_box()
        assert aside is not None and main is not None and aside["x"] < main["x"]  # the side column on the left
    assert not scrolls_sideways(page)
    assert_accessible(page)
    page.screenshot(path=ARTIFACTS / f"arabic-appointments-{width}.png", full_page=True)
    stop()
    assert problems == []


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code not in settings.SOURCE_LANGUAGES])
def test_a_patient_abroad_sends_a_question_in_their_language(new_context, site, language):
    """The request form in Russian, Chinese, Arabic and Mongolian: its consents in that
    language with the Korean text named as binding, a reply asked for in that language,
    and a confirmation that never offers a 15xx number (it cannot be dialled from abroad)."""
    # Each patient from their own address, as nginx reports it (X-Forwarded-For from the
    # loopback): the hourly limit per address is the served site's own, five.
    address = f"192.0.2.{LANGUAGES.index(language)}"
    page = new_context(
        viewport={"width": 375, "height": 800}, extra_http_headers={"X-Forwarded-For": address}
    ).new_page()
    problems, stop = watch(page, site)
    page.goto(f"/{language}/appointments/#request")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator(".consent-binding a[hreflang=ko]")).to_be_visible()
    assert_accessible(page)
    page.locator("#id_asker_0").check()  # the patient
    page.locator("#id_name").fill("Test Patient")
    page.locator("#id_email").fill("patient@example.org")
    page.locator(f'input[name="reply_language"][value="{language}"]').check()
    page.locator("#id_question").fill("A question about my NET.")
    page.locator("#id_consent_personal").check()
    page.locator("#id_consent_health").check()
    page.wait_for_timeout(1100)  # the robot clock
    page.locator(".request-form button[type=submit]").click()
    expect(page.locator(".reference")).to_have_text(re.compile(r"NET-[2-9A-Z]{8}"))
    assert "1599" not in page.locator("main").inner_text()
    expect(page.locator('a[href^="mailto:"]').first).to_be_visible()  # the IHS e-mail instead
    assert_accessible(page)
    stop()
    assert problems == []
