"""The core finds the apps built on it: nothing in the core names them."""

import pytest

from content.apps import app_modules, content_apps, menu, site_sections
from content.documents import Document
from content.signals import content_changed
from content.translations import translated_models
from content.versions import current_version


def test_content_apps_are_the_apps_with_translated_models():
    assert [config.label for config in content_apps()] == ["clinic", "rights", "appointments", "international"]
    assert {model._meta.app_label for model in translated_models()} == {
        "clinic",
        "rights",
        "appointments",
        "international",
    }


def test_each_app_with_pages_is_served_at_its_prefix_the_root_last():
    assert [(config.label, prefix) for config, prefix in site_sections()] == [
        ("international", "international-patients/"),
        ("rights", "patients-rights/"),
        ("search", "search/"),
        ("clinic", ""),
        ("appointments", ""),
    ]


def test_the_main_menu_merges_every_apps_entries_by_position():
    names = [url_name for url_name, _label in menu()]
    assert names[0] == "clinic:home" and names[-1] == "clinic:contact"
    assert names.index("rights:rights") == names.index("clinic:departments") + 1


def test_search_documents_come_from_each_apps_search_module():
    providers = [config.label for config, _module in app_modules("search")]
    assert providers == ["clinic", "rights", "appointments", "international"]


@pytest.mark.django_db
def test_a_committed_change_moves_the_version_on_and_tells_receivers_once(django_capture_on_commit_callbacks):
    model = next(model for model in translated_models() if model.objects.count() >= 2)
    heard = []

    def receiver(**kwargs):
        heard.append(kwargs["sender"])

    content_changed.connect(receiver)
    try:
        before = current_version()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            for item in model.objects.all()[:2]:  # two saves, one commit
                item.save()
            assert heard == [] and current_version() == before  # nothing before the commit
        assert len(callbacks) == 1 and len(heard) == 1
        assert current_version() == before + 1
    finally:
        content_changed.disconnect(receiver)


def test_documents_are_plain_values():
    doc = Document("Section", "Title", "Text", "/en/x/")
    assert (doc.section, doc.title, doc.url) == ("Section", "Title", "/en/x/")
