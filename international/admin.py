from django.contrib import admin

from content.admin import SingletonTranslatedAdmin
from international import models


@admin.register(models.InternationalPage)
class InternationalPageAdmin(SingletonTranslatedAdmin):
    pass
