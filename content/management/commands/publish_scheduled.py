"""Publish the drafts scheduled to go live by now: for cron or a systemd timer (README).
The running site does the same within a minute of the time (netclinic/middleware.py)."""

from django.core.management.base import BaseCommand

from content.drafts import publish_due


class Command(BaseCommand):
    help = "Publish every scheduled draft whose time has come."

    def handle(self, *args, **options) -> None:
        lines = publish_due()
        for line in lines:
            self.stdout.write(line)
        if options["verbosity"] > 1 or not lines:
            self.stdout.write(f"{len(lines)} scheduled drafts handled.")
