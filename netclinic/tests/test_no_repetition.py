"""No page says the same thing twice in a row, in either language.

Every public page (the URL resolver's fixed pages and the sitemaps' items, as the
other site-wide tests find them) is read as a patient reads it: the blocks of its
<main> in document order (headings, paragraphs, list items, table cells, terms and
definitions), each split into sentences. A lead that repeats the first paragraph, a
description that repeats its summary or a child that repeats its parent is caught.
"""

import re
from html.parser import HTMLParser

import pytest

from content.testing.pages import LANGUAGES, public_urls

pytestmark = pytest.mark.django_db

BLOCKS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "td", "th",
    "caption", "figcaption", "blockquote", "summary", "label", "legend",
}  # fmt: skip
SKIPPED = {"script", "style", "template", "svg"}
# A sentence ends with ". ", "? " or "! " (Korean sentences end the same way, most of
# them in "다. "); the full stop at the very end of a block ends its last sentence.
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# Shorter than this, a "sentence" is a label (a drug class, a name): those may recur.
MIN_LENGTH = 12


class MainBlocks(HTMLParser):
    """The text of each block of <main>, in the order the blocks open; text inside a
    nested block belongs to the innermost one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (tag, text)
        self._in_main = 0
        self._skip = 0
        self._open: list[tuple[str, int, list[str]]] = []  # (tag, position, text parts)
        self._found: list[tuple[int, str, str]] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "main":
            self._in_main += 1
        elif self._in_main and tag in SKIPPED:
            self._skip += 1
        elif self._in_main and tag in BLOCKS:
            self._open.append((tag, len(self._found) + len(self._open), []))
        elif self._in_main and tag == "br" and self._open:
            self._open[-1][2].append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self._in_main -= 1
            self._close_all()
        elif self._in_main and tag in SKIPPED:
            self._skip -= 1
        elif self._in_main and tag in BLOCKS:
            while self._open:
                opened, position, parts = self._open.pop()
                self._found.append((position, opened, " ".join("".join(parts).split())))
                if opened == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._in_main and not self._skip and self._open:
            self._open[-1][2].append(data)

    def _close_all(self) -> None:
        while self._open:
            opened, position, parts = self._open.pop()
            self._found.append((position, opened, " ".join("".join(parts).split())))

    def close(self) -> None:
        super().close()
        self._close_all()
        self.blocks = [(tag, text) for _position, tag, text in sorted(self._found) if text]


def main_blocks(html: str) -> list[tuple[str, str]]:
    parser = MainBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def sentences(text: str) -> set[str]:
    """The block's sentences, whitespace normalised, without their final punctuation."""
    found = set()
    for sentence in SENTENCE_END.split(" ".join(text.split())):
        sentence = sentence.strip().rstrip(".?!").strip()
        if len(sentence) >= MIN_LENGTH:
            found.add(sentence)
    return found


def repeats(blocks: list[tuple[str, str]]) -> list[tuple[str, str, set[str]]]:
    """Each pair of adjacent blocks that share a sentence. A heading sits between a lead
    and the first section's paragraph, so each block is also compared with the next
    block of text (a heading skipped)."""
    found = []
    for index, (_tag, text) in enumerate(blocks):
        following = blocks[index + 1 : index + 2]
        text_after = [block for block in blocks[index + 1 :] if not re.fullmatch(r"h\d", block[0])][:1]
        for _next_tag, next_text in dict.fromkeys(following + text_after):
            shared = sentences(text) & sentences(next_text)
            if shared:
                found.append((text, next_text, shared))
    return found


def test_the_parser_finds_blocks_and_sentences():
    html = (
        "<header><p>Not main.</p></header><main><h1>Title</h1><div class='lead'><p>First thing said here. "
        "Second.</p></div><ul><li><h3>Card</h3><p>Card text is here.</p></li></ul>"
        "<p>신경내분비종양은 드문 종양입니다. 치료가 어렵습니다.</p></main>"
    )
    assert main_blocks(html) == [
        ("h1", "Title"),
        ("p", "First thing said here. Second."),
        ("h3", "Card"),
        ("p", "Card text is here."),
        ("p", "신경내분비종양은 드문 종양입니다. 치료가 어렵습니다."),
    ]
    assert sentences("신경내분비종양은 드문 종양입니다.  치료가 어렵습니다.") == {"신경내분비종양은 드문 종양입니다"}
    assert repeats([("p", "Lead sentence repeated. More."), ("h2", "Heading"), ("p", "Lead sentence repeated.")])
    assert not repeats([("p", "One thing is said here."), ("p", "Another thing is said here.")])


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_adjacent_blocks_of_a_page_repeat_a_sentence(client, language):
    problems = []
    for url in public_urls(language):
        response = client.get(url)
        assert response.status_code == 200, url
        for text, next_text, shared in repeats(main_blocks(response.content.decode())):
            problems.append(f"{url}: {sorted(shared)}\n    {text!r}\n    {next_text!r}")
    assert not problems, "\n".join(problems)
