from django.core.management.base import BaseCommand

from content.seeding import Loader
from content.signals import announce


class Command(BaseCommand):
    help = (
        "Load the site's seed content (each app's seed/*.toml) in Korean and English. Safe to run again: "
        "items loaded before are left as staff keep them (edited or deleted)."
    )

    def handle(self, *args, **options) -> None:
        loader = Loader()
        loader.load()
        # Rebuilds what follows the content (the search index), which also covers a new release's index code.
        for line in announce(everything=True):
            self.stdout.write(line)
        self.stdout.write(f"Content loaded: {loader.created} items created, {loader.kept} already there.")
