from django.conf import settings
from django.core.management.base import BaseCommand

from search.log import flush, purge


class Command(BaseCommand):
    help = (
        "Delete the counts of searches older than SEARCH_LOG_DAYS (90) from the editors' report. "
        "The running site does this once a day too; run it from cron where the site may sit idle."
    )

    def handle(self, *args, **options) -> None:
        flush()
        deleted = purge()
        self.stdout.write(f"Searches report: {deleted} rows older than {settings.SEARCH_LOG_DAYS} days deleted.")
