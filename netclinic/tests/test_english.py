"""The English pages write English one way: American spelling, as the site's medical
terms do (tumor, center, hematology), whatever a seed or a translator brought in."""

import re

import pytest

from content.testing.pages import public_urls

pytestmark = pytest.mark.django_db

BRITISH = re.compile(r"\b(tumours?|centres?|oesophag\w*|haemat\w*|oestrogen|organisations?|colour)\b", re.I)


def test_english_pages_use_american_spelling(client):
    for url in public_urls("en"):
        html = client.get(url).content.decode()
        main = html[html.index("<main") : html.index("</main>")]
        # The titles of cited sources are quoted as their publishers spell them (NHS: "tumours").
        main = re.sub(r'<a [^>]*href="https?://[^"]*"[^>]*>.*?</a>', " ", main, flags=re.S)
        text = re.sub(r"<[^>]+>", " ", main)
        assert not BRITISH.search(text), (url, BRITISH.search(text).group(0))
