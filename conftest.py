import io

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site's real seed content, loaded once per run."""
    with django_db_blocker.unblock():
        call_command("load_content", stdout=io.StringIO())


@pytest.fixture
def admin_client(db, django_user_model):
    """A signed-in superuser, separate from the anonymous `client`."""
    user = django_user_model.objects.create_superuser("editor-admin", "admin@example.org", "a-long-test-password")
    staff = Client()
    staff.force_login(user)
    return staff
