"""Logging filters: what the site's JSON log lines may hold.

- SecurityEvent: Django's django.security.* records (a disallowed host, a body too
  large, too many fields) are a client's mistake or a probe, not the site's error:
  one WARNING line each, without the traceback Django attaches.
- Private: no record carries the request object, whose text is the full address with
  its query string (a search for a patient's condition, a token); the site's own
  request line logs the path alone (netclinic.middleware).
"""

import logging


class SecurityEvent(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


class Private(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.__dict__.pop("request", None)
        return True
