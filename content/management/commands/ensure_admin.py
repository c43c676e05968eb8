import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a local administrator with a generated password, unless an administrator exists."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options) -> None:
        User = get_user_model()
        if User.objects.filter(is_superuser=True, is_active=True).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        # Printed once: the password is not stored anywhere in plain text.
        self.stdout.write(
            self.style.WARNING(
                f"Created a local administrator.\n  username: {username}\n  password: {password}\n"
                "Keep this password: it is shown only once."
            )
        )
