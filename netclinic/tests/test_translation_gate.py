"""A page is shown in a translated language (Russian, Chinese, Arabic, Mongolian) only
once a translator of that language has approved its texts as they read now; until then
its main text is in English with a notice, and it is left out of that language's
hreflang, sitemap and search (content/translations.py). Under `make run` (sign-off off)
an unapproved translation is shown, with a notice that it is not yet reviewed."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from content.models import PendingTranslation, TranslationReview
from content.seed_translations import load_translations
from content.signals import announce
from content.testing.pages import public_urls
from content.testing.people import person
from content.translations import column, translated_fields
from international.models import InternationalPage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db

PAGE = "/ru/international-patients/"
TRANSLATED_TITLE = "Пациентам из-за рубежа: перевод"


@pytest.fixture(autouse=True)
def untranslated():
    """The international page as it is before anything was translated into Russian."""
    PendingTranslation.objects.filter(language="ru").delete()
    TranslationReview.objects.filter(language="ru").delete()
    InternationalPage.objects.update(**{column(name, "ru"): None for name in translated_fields(InternationalPage)})
    announce(everything=True)  # (an update() tells nobody: the search index follows)


def seed_file(tmp_path) -> list[tuple[str, object]]:
    """A Russian seed translation of the international page: each English text, marked."""
    page = InternationalPage.get_solo()
    lines = ['["international.internationalpage:international"]']
    for name in translated_fields(InternationalPage):
        english = getattr(page, column(name, "en")) or ""
        if english:
            text = TRANSLATED_TITLE if name == "title" else "Русский текст. " + english
            lines.append(f"{name} = {text!r}".replace("'", '"""', 2) if "\n" in text else f'{name} = "{text}"')
    path = tmp_path / "ru.toml"
    path.write_text("\n".join(lines).replace('"""', "'''") + "\n", encoding="utf-8")
    return [("ru", path)]


def translator(name: str, *languages: str):
    client = person(name, "Translators")
    for code in languages:
        client.user.user_permissions.add(Permission.objects.get(codename=column("translate", code)))
    return client


def main_tag(html: str) -> str:
    return re.search(r"<main[^>]*>", html).group(0)


def hreflangs(html: str) -> set[str]:
    return set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html))


def test_a_seeded_translation_waits_for_a_translator_then_is_shown(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.CONTENT_APPROVAL_REQUIRED = True
    with django_capture_on_commit_callbacks(execute=True):
        loaded = load_translations(seed_file(tmp_path))
    assert loaded.waiting == 1 and loaded.written == 0
    page = InternationalPage.get_solo()
    assert page.title_ru in (None, "")  # kept out of the live item
    html = client.get(PAGE).content.decode()
    assert 'lang="en" dir="ltr"' in main_tag(html)  # the English text, marked as English
    assert "translation-notice" in html and TRANSLATED_TITLE not in html
    assert "ru" not in hreflangs(html)
    assert PAGE not in client.get("/sitemap.xml").content.decode()
    assert not SearchDocument.objects.filter(language="ru", url__startswith=PAGE).exists()

    # A translator of another language may not approve it; a Russian one may.
    other = translator("t-ar", "ar")
    review = reverse("admin:translation_review", args=["ru", "international.internationalpage", page.pk])
    assert other.get(review).status_code == 403
    assert other.post(review).status_code == 403
    russian = translator("t-ru", "ru")
    assert russian.get(review).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert russian.post(review).status_code == 302
    assert not PendingTranslation.objects.exists()
    assert TranslationReview.objects.get(language="ru").reviewed_by == russian.user

    html = client.get(PAGE).content.decode()
    assert TRANSLATED_TITLE in html and "lang=" not in main_tag(html)
    assert "translation-notice" not in html
    assert "ru" in hreflangs(html)
    assert PAGE in client.get("/sitemap.xml").content.decode()
    assert SearchDocument.objects.filter(language="ru", url__startswith=PAGE).exists()

    # A later change of the Russian text, by any path, needs approval again.
    page.refresh_from_db()
    page.lead_ru = "Изменённый текст."
    page.save()
    announce()  # (the test's transaction never commits: do what the commit would)
    html = client.get(PAGE).content.decode()
    assert "Изменённый текст." not in html and 'lang="en"' in main_tag(html)


def test_under_make_run_an_unreviewed_translation_is_shown_with_a_notice(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.CONTENT_APPROVAL_REQUIRED = False
    with django_capture_on_commit_callbacks(execute=True):
        loaded = load_translations(seed_file(tmp_path))
    assert loaded.written == 1
    html = client.get(PAGE).content.decode()
    assert TRANSLATED_TITLE in html and "lang=" not in main_tag(html)
    notice = re.search(r'class="translation-notice".*?</p>', html, re.S).group(0)
    assert 'hreflang="en"' in notice  # the page in English, from the notice
    # Loading again changes nothing, and never replaces what a translator typed.
    page = InternationalPage.get_solo()
    page.title_ru = "Переведено вручную"
    page.save()
    assert load_translations(seed_file(tmp_path)).written == 0
    page.refresh_from_db()
    assert page.title_ru == "Переведено вручную"


def test_nobody_approves_the_translation_they_wrote(settings, django_capture_on_commit_callbacks):
    settings.CONTENT_APPROVAL_REQUIRED = True
    writer = translator("t-ru-1", "ru")
    page = InternationalPage.get_solo()
    page.title_ru = TRANSLATED_TITLE
    page._history_user = writer.user
    page.save()
    review = reverse("admin:translation_review", args=["ru", "international.internationalpage", page.pk])
    response = writer.post(review, follow=True)
    assert "A second translator approves what you wrote." in response.content.decode()
    assert not TranslationReview.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        translator("t-ru-2", "ru").post(review)
    assert TranslationReview.objects.filter(language="ru").exists()


def test_a_translator_edits_only_the_languages_they_hold():
    client = translator("t-mn", "mn")
    page = InternationalPage.get_solo()
    html = client.get(reverse("admin:international_internationalpage_change")).content.decode()
    assert 'name="title_mn"' in html
    for other in ("title_ko", "title_en", "title_ru", "title_ar", "title_zh_hans"):
        assert f'name="{other}"' not in html  # shown read-only, as the text to translate from
    assert page.title_en in html
    # The admin home links each translator to the languages they hold.
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:translations", args=["mn"]) in index
    assert reverse("admin:translations", args=["ru"]) not in index
    assert client.get(reverse("admin:translations", args=["ru"])).status_code == 403
    assert client.get(reverse("admin:translations", args=["mn"])).status_code == 200
    assert client.get(reverse("admin:translations", args=["xx"])).status_code == 404


@pytest.mark.parametrize("language", ["ru", "zh-hans", "ar", "mn"])
def test_a_page_without_a_translation_is_english_marked_so_and_its_links_keep_the_language(client, language):
    """The clinic page is not in the seed's translations: its main text is English, marked
    lang="en" dir="ltr", with a notice in the visitor's language; its links lead on in that
    language; the English page is its canonical address; its head is English too."""
    html = client.get(f"/{language}/clinic/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert main.startswith(' id="main-content" tabindex="-1" lang="en" dir="ltr">')
    notice = re.search(r'<p class="translation-notice"[^>]*lang="([^"]+)"', main)
    assert notice and notice.group(1) == language
    links = re.findall(r'href="(/[^"]*)"', main)
    assert links and all(not link.startswith("/en/") for link in links), links
    assert any(link.startswith(f"/{language}/") for link in links)
    assert '<link rel="canonical" href="http://testserver/en/clinic/">' in html
    assert language not in hreflangs(html)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title.startswith("Our clinic") or "Clinic" in title, title


# Letters of each translated language's script (Mongolian is written in Cyrillic).
SCRIPT = {
    "ru": "[\u0400-\u04ff]",
    "mn": "[\u0400-\u04ff]",
    "zh-hans": "[\u4e00-\u9fff]",
    "ar": "[\u0600-\u06ff]",
}


@pytest.mark.parametrize("language", list(SCRIPT))
def test_no_page_mixes_its_language_into_the_english_it_falls_back_to(client, language):
    """Where a page is shown in English for want of a translation, nothing in its main
    text is in the visitor's script but the notice, which says so in their language; where
    it is shown in their language, its main text is not marked English."""
    fallbacks = 0
    for path in public_urls(language):
        html = client.get(path).content.decode()
        if "<main" not in html:
            continue
        main = html.split("<main", 1)[1].split("</main>", 1)[0]
        if main.startswith(' id="main-content" tabindex="-1" lang="en" dir="ltr">'):
            fallbacks += 1
            text = re.sub(r'<p class="translation-notice".*?</p>', "", main, flags=re.S)
            text = re.sub(r"<[^>]+>", " ", text)
            assert not re.search(SCRIPT[language], text), (path, re.search(f".{{30}}{SCRIPT[language]}.{{30}}", text))
        else:
            assert re.search(SCRIPT[language], main), path  # (shown in the language: its text is there)
    assert fallbacks  # (the seed leaves some pages untranslated: the test sees both kinds)
