from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from clinic.models import Clinic
from content.versions import per_content_version


@per_content_version
def clinic_details() -> Clinic:
    return Clinic.get_solo()


def clinic(request: HttpRequest) -> dict:
    """The clinic's names and contact details, for the header and footer of every page.

    Lazy, so that pages that never show them (the admin) cost no query, and kept
    for the content version, so that the pages that do cost none either.
    """
    return {"clinic": SimpleLazyObject(lambda: clinic_details(request))}
