from django.core.management.base import BaseCommand
from django.db import transaction

from netclinic.seeding import Loader


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
        self.stdout.write(f"Content loaded: {loader.created} items created, {loader.kept} already there.")
