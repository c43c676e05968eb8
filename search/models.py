from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One public page in one language, as plain text, for site search.

    The index is rebuilt from the content whenever staff change it, so drafts
    never appear in it and a search costs a single query.
    """

    language = models.CharField(max_length=8, db_index=True)
    section = models.CharField(_("section"), max_length=200)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"))
    url = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
