"""Browser fixtures shared by the browser tests of the whole site (test_browser*.py)."""

import pytest


@pytest.fixture
def new_context(browser, site):
    """A browser context on the served site (plain HTTP on the loopback, no TLS proxy)."""
    contexts = []

    def make(**options):
        context = browser.new_context(base_url=site, **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_context):
    return new_context(viewport={"width": 375, "height": 740}).new_page()


@pytest.fixture
def desktop(new_context):
    return new_context(viewport={"width": 1280, "height": 900}).new_page()
