from django.core.management.base import BaseCommand

from appointments.outbox import send_all


class Command(BaseCommand):
    help = (
        "Send the e-mail waiting in the request form's outbox (run every minute from cron): "
        "batch after batch, each message claimed so that no other sender sends it too."
    )

    def handle(self, *args, **options) -> None:
        sent, failed = send_all()
        self.stdout.write(f"Outbox: {sent} sent, {failed} failed (tried again later).")
