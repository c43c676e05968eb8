"""Every page is valid HTML by the W3C Nu Html Checker (the npm package vnu-jar, run offline)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from content.testing.pages import LANGUAGES, example_pages
from content.testing.server import http_get
from content.testing.tools import require_tool

VNU_JAR = Path(os.environ.get("VNU_JAR", settings.BASE_DIR / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))

pytestmark = pytest.mark.browser


def test_every_page_is_valid_html(site, tmp_path):
    java = shutil.which("java")
    require_tool(VNU_JAR.exists(), f"vnu.jar not found at {VNU_JAR}: `make test` installs it with npm")
    require_tool(java is not None, "java not found: apt-get install default-jre-headless")
    files = []
    pages = [path for language in LANGUAGES for path in example_pages(language)]
    for index, path in enumerate(pages):
        response = http_get(site + path, {"X-Forwarded-Proto": "https"})
        assert response.status in (200, 404), path
        page = tmp_path / f"page-{index:03d}.html"
        page.write_bytes(response.read())
        files.append((page, path))
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *(str(f) for f, _ in files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stdout or "{}").get("messages", [])
    names = {f.name: path for f, path in files}
    problems = [
        f"{names.get(Path(m.get('url', '')).name, m.get('url'))}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
    ]
    assert problems == [], "\n".join(problems)
    assert result.returncode == 0
