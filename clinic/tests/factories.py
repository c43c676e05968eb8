"""Small factories for the clinic's tests: forms as the admin sends them, staff by role."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from clinic.models import Department, Section
from content.admin_drafts import TOKEN, edit_token
from content.drafts import open_draft
from content.merge import BASE, sign_base

PASSWORD = "a-long-test-password"


def department_form(department: Department, **changes) -> dict:
    """The admin's change form for a department as a browser would send it, with `changes`."""
    data = {
        "slug": department.slug,
        "name_ko": department.name_ko,
        "name_en": department.name_en,
        "summary_ko": department.summary_ko,
        "summary_en": department.summary_en,
        "description_ko": department.description_ko,
        "description_en": department.description_en,
        "other_names_ko": department.other_names_ko or "",
        "other_names_en": department.other_names_en or "",
        "image_alt_ko": "",
        "image_alt_en": "",
        "last_reviewed": department.last_reviewed.isoformat() if department.last_reviewed else "",
        "next_review_due": department.next_review_due.isoformat() if department.next_review_due else "",
        "order": department.order,
        "is_published": "on",
    }
    # What the admin's form carries (content/admin_drafts.py): the version it was opened
    # on and, signed, what it showed; without them a save is merged as a stale form.
    shown = {name: [str(value)] for name, value in data.items()}
    opened = {TOKEN: edit_token(department, open_draft(department)), BASE: sign_base(shown, department)}
    return {**data, **opened, **changes}


def radiology() -> Department:
    """The seeded department that most tests change."""
    return Department.objects.get(slug="radiology")


def signed_in(role: str) -> Client:
    """A client signed in as a staff member with one role (a group from content.roles)."""
    user = get_user_model().objects.create_user(role.lower(), password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


def page_after_staff_write(client: Client, page_key: str, url: str, body: str, language: str = "en") -> str:
    """The page at `url` after staff set the text of the first section of page `page_key`
    in `language`."""
    section = Section.objects.filter(page__key=page_key).first()
    assert section is not None, page_key
    setattr(section, f"body_{language}", body)
    section.save()
    return client.get(url).content.decode()
