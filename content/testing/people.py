"""Staff members by role, signed in, for tests that act in the admin as a person would."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

PASSWORD = "a-long-test-password"


def person(name: str, role: str) -> Client:
    """A client signed in (in English) as a new staff member of one role; `.user` is the account."""
    user = get_user_model().objects.create_user(name, password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client(headers={"Accept-Language": "en"})
    client.force_login(user)
    client.user = user  # type: ignore[attr-defined]
    return client
