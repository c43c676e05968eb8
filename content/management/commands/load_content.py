from django.core.management.base import BaseCommand

from content.seed_translations import load_translations
from content.seeding import Loader
from content.signals import announce


class Command(BaseCommand):
    help = (
        "Load the site's seed content (each app's seed/*.toml) in Korean and English, and its translations "
        "(seed/translations/). Safe to run again: items loaded before are left as staff keep them (edited or deleted)."
    )

    def handle(self, *args, **options) -> None:
        loader = Loader()
        loader.load()
        translations = load_translations()
        # Rebuilds what follows the content (the search index), which also covers a new release's index code.
        for line in announce(everything=True):
            self.stdout.write(line)
        self.stdout.write(f"Content loaded: {loader.created} items created, {loader.kept} already there.")
        if loader.drafts:
            self.stdout.write(
                f"{loader.drafts} drafts of new seed text wait for sign-off (admin: Drafts, awaiting review): "
                "a Medical reviewer's for medical text, a second Editor's for the rest. "
                "Until then patients do not see it."
            )
        if translations.written:
            self.stdout.write(
                f"Seed translations written into {translations.written} items, shown with a notice that "
                "they are not yet reviewed."
            )
        if translations.waiting:
            self.stdout.write(
                f"Seed translations of {translations.waiting} items wait for a translator of their language "
                "(admin: Translations). Until then patients read those pages in English."
            )
        for item in loader.unheld:
            self.stdout.write(f"Left unpublished, with no draft (publish it in the admin once reviewed): {item}")
