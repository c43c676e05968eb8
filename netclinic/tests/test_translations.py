"""The interface catalogues are complete, in every language that has one (locale/<code>/):
Korean, and the languages of the site's international patients (issue 25). Each is read
as written (django.po) and as compiled (django.mo, what the site loads)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = settings.BASE_DIR / "locale"
LOCALES = sorted(path.name for path in LOCALE.iterdir() if (path / "LC_MESSAGES" / "django.po").exists())
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]")
TAG = re.compile(r"</?([a-z]+)")


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


def test_every_language_of_the_international_patients_has_a_catalogue():
    assert set(LOCALES) >= {"ko", "ru", "zh_Hans", "ar", "mn"}


@pytest.mark.parametrize("code", LOCALES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(code):
    po = catalogue(code)
    assert len(po.translated_entries()) > 50
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


@pytest.mark.parametrize("code", LOCALES)
def test_every_translation_keeps_its_placeholders_and_markup(code):
    wrong = []
    for entry in catalogue(code).translated_entries():
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        wanted = sorted(PLACEHOLDER.findall(sources[-1])), sorted(TAG.findall(sources[-1]))
        for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            found = sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))
            # A plural form for one may say "one" instead of its number (%(counter)s).
            if found != wanted and not (entry.msgid_plural and set(found[0]) <= set(wanted[0])):
                wrong.append((entry.msgid, text))
    assert wrong == []


@pytest.mark.parametrize("code", LOCALES)
def test_the_compiled_catalogue_is_the_written_one(code):
    """What the site loads (django.mo, `make messages`) holds every translation."""
    mo = LOCALE / code / "LC_MESSAGES" / "django.mo"
    assert mo.exists(), f"{mo} is missing: make messages compiles it"
    compiled = {entry.msgid: entry for entry in polib.mofile(str(mo))}
    for entry in catalogue(code).translated_entries():
        key = entry.msgid if not entry.msgctxt else f"{entry.msgctxt}\x04{entry.msgid}"
        assert key in compiled or entry.msgid in compiled, entry.msgid


def test_every_interface_string_in_the_code_is_in_every_catalogue(tmp_path: Path):
    """Extract strings from a copy of the project, as `make makemessages` would."""
    copy = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", ".cache", "artifacts", "staticfiles", "media", "*.sqlite3", "__pycache__", "*.mo"
        ),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--all", "--no-location", "--verbosity", "0"],
        cwd=copy,
        check=True,
    )
    missing = {
        code: [
            e.msgid
            for e in polib.pofile(str(copy / "locale" / code / "LC_MESSAGES" / "django.po"))
            if not e.obsolete and not e.translated()
        ]
        for code in LOCALES
    }
    assert missing == {code: [] for code in LOCALES}
