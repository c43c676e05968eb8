from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from appointments.models import AppointmentsPage
from content.versions import per_content_version


@per_content_version
def appointments_details() -> AppointmentsPage:
    return AppointmentsPage.get_solo()


def appointments(request: HttpRequest) -> dict:
    """The hospital's main number and its note, for the contact page, the side column of
    long pages and the footer: one place where staff keep it (Appointments and referrals).

    Lazy and kept for the content version, as the clinic's details are: a page that does
    not show it costs no query, and one that does costs none after the first."""
    return {"appointments_page": SimpleLazyObject(lambda: appointments_details(request))}
