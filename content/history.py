"""History of content changes (django-simple-history), for translated models."""

import simple_history
from django.db import models

from content.translations import translated_fields


def register_history(model: type[models.Model], **options) -> None:
    """Record each change of `model`, with both languages' fields.

    Call it after the model's translation options are registered, so the
    history has the per-language fields. The untranslated column behind each
    translated field only mirrors whichever language was active at saving, so it
    is left out: it would show as a change of its own in every comparison.
    """
    mirrored = list(translated_fields(model))
    simple_history.register(model, excluded_fields=mirrored, **options)
