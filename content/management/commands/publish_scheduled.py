"""Publish the drafts scheduled to go live by now, and delete drafts discarded more than
30 days ago: for cron or a systemd timer (README). The running site publishes within a
minute of the time too (netclinic/middleware.py)."""

from django.core.management.base import BaseCommand

from content.drafts import publish_due, purge_discarded


class Command(BaseCommand):
    help = "Publish every scheduled draft whose time has come."

    def handle(self, *args, **options) -> None:
        lines = publish_due()
        for line in lines:
            self.stdout.write(line)
        purged = purge_discarded()
        if options["verbosity"] > 1 or not lines:
            self.stdout.write(f"{len(lines)} scheduled drafts handled.")
        if purged:
            self.stdout.write(f"{purged} drafts discarded more than 30 days ago deleted.")
