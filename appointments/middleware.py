"""The running site's housekeeping for requests: e-mail waiting in the outbox is sent
at most once a minute, and requests past their day deleted once a day, per process
(the management commands do the same from cron)."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from appointments import outbox, retention


class HousekeepingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        retention.purge_daily()
        outbox.send_now_and_then()
        return response
