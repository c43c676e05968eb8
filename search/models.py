from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One public page in one language, as text and as the terms search reads
    (search/analysis.py), for site search.

    Built from the published content (search/index.py) whenever staff change it,
    only the pages the change touched; drafts never appear in it. Derived data: it
    can be rebuilt from the content at any time (`manage.py load_content`).
    """

    language = models.CharField(max_length=8, db_index=True)
    key = models.CharField(max_length=100, default="")
    section = models.CharField(_("section"), max_length=200)
    title = models.CharField(_("title"), max_length=300)
    names = models.TextField(default="", blank=True)
    aliases = models.JSONField(default=list, blank=True)
    text = models.TextField(_("text"))
    url = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0)
    is_glossary = models.BooleanField(default=False)
    # The items it was built from, " clinic.treatment:7 clinic.treatmentapproach:2 ",
    # so that a change to any of them finds it.
    sources = models.TextField(default="", blank=True)
    # Term frequencies per field and the Latin words (for spelling suggestions).
    terms = models.JSONField(default=dict, blank=True)
    # The page's parts with a heading of their own, in order, for results that link
    # to the part that matched: [{"anchor", "heading", "text", "terms": [...]}].
    parts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [models.UniqueConstraint(fields=["language", "key"], name="search_document_key")]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class SearchQuery(models.Model):
    """How often a search was made on one day, for the editors' report of what
    patients look for and do not find (search/log.py).

    Privacy by design: the normalised query, its language, the day and a count,
    nothing else (no address, cookie, session or time of day); queries that look
    like personal data are never kept, and nothing older than 90 days.
    """

    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("search"), max_length=100)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("searches"), default=0)
    found = models.BooleanField(_("found something"), default=True)

    class Meta:
        verbose_name = _("search made")
        verbose_name_plural = _("searches made")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="search_query_day")]
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return self.query
