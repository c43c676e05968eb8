from django.core.management.base import BaseCommand

from appointments.outbox import send_due


class Command(BaseCommand):
    help = "Send the e-mail waiting in the request form's outbox (run every minute from cron)."

    def handle(self, *args, **options) -> None:
        sent, failed = send_due()
        self.stdout.write(f"Outbox: {sent} sent, {failed} failed (tried again later).")
