from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from clinic.models import Clinic


def clinic(request: HttpRequest) -> dict:
    """The clinic's names and contact details, for the header and footer of every page.

    Lazy, so that pages that never show them (the admin) cost no query.
    """
    return {"clinic": SimpleLazyObject(Clinic.get_solo)}
