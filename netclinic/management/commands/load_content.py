from django.core.management.base import BaseCommand
from django.db import transaction

from netclinic.seeding import Loader
from search.index import rebuild as rebuild_search_index


class Command(BaseCommand):
    help = (
        "Load the site's seed content in Korean and English. Safe to run again: "
        "items loaded before are left as staff keep them (edited or deleted)."
    )

    def handle(self, *args, **options) -> None:
        # Imported here so that each content app keeps its own seed beside its models.
        from clinic import seed as clinic_seed
        from rights import seed as rights_seed

        loader = Loader()
        with transaction.atomic():
            clinic_seed.load(loader)
            rights_seed.load(loader)
        # The index follows every content save; rebuilding here also covers a new release's index code.
        documents = rebuild_search_index()
        self.stdout.write(f"Search index: {documents} pages.")
        self.stdout.write(f"Content loaded: {loader.created} items created, {loader.kept} already there.")
