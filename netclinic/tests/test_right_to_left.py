"""The stylesheets mirror right to left (Arabic, issue 25): every side is a logical
property (inline start and end), and each arrow drawn with a physical border turns
the other way under dir="rtl"."""

import re
from pathlib import Path

import pytest
from django.conf import settings

CSS = sorted((Path(settings.BASE_DIR) / "static" / "css").glob("*.css"))
PHYSICAL = re.compile(
    r"(?<![-\w])(?:(?:margin|padding|border|inset)-(?:left|right)(?:-\w+)?|left|right)\s*:"
    r"|text-align:\s*(?:left|right)|float:\s*(?:left|right)|clear:\s*(?:left|right)"
)
# An arrow drawn with two borders and turned: the same arrow in every language, turned back for RTL.
ARROW = re.compile(r"([^{}]+)\{[^{}]*border-right:[^{}]*transform:\s*rotate\((-?\d+)deg\)[^{}]*\}")


def rules(css: str) -> list[tuple[str, str]]:
    return [(selector.strip(), body) for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)]


@pytest.mark.parametrize("path", CSS, ids=lambda p: p.name)
def test_every_side_is_a_logical_property(path):
    physical = []
    for selector, body in rules(re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)):
        for line in body.split(";"):
            if PHYSICAL.search(line) and not ("border-right" in line and "rotate(" in body):
                physical.append((selector, line.strip()))
    assert not physical, physical


@pytest.mark.parametrize("path", CSS, ids=lambda p: p.name)
def test_every_arrow_turns_the_other_way_right_to_left(path):
    css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    arrows = ARROW.findall(css)
    if path.name == "site.css":
        assert len(arrows) >= 3  # breadcrumbs, "more" links, link lists: the test means something
    for selector, _angle in arrows:
        selector = " ".join(selector.split()).split("}")[-1].strip()
        if selector.startswith('[dir="rtl"]'):
            continue
        assert f'[dir="rtl"] {selector}' in " ".join(css.split()), selector
