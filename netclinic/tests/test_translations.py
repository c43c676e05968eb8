"""The Korean interface catalogue is complete."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings

PO_FILE = settings.BASE_DIR / "locale" / "ko" / "LC_MESSAGES" / "django.po"


def test_korean_catalogue_has_no_untranslated_or_fuzzy_entries():
    catalogue = polib.pofile(str(PO_FILE))
    assert len(catalogue.translated_entries()) > 50
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


def test_every_interface_string_in_the_code_is_in_the_catalogue(tmp_path: Path):
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
        [sys.executable, "manage.py", "makemessages", "--locale", "ko", "--no-location", "--verbosity", "0"],
        cwd=copy,
        check=True,
    )
    extracted = polib.pofile(str(copy / "locale" / "ko" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in extracted if not e.obsolete and not e.translated()]
    assert missing == []
