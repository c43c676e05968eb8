from django.core.management.base import BaseCommand

from appointments.retention import purge


class Command(BaseCommand):
    help = "Delete consultation requests (and their files) past their retention period (run daily from cron)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"Requests deleted on schedule: {purge()}.")
