"""A patient's PDF, read as a PDF reader reads it (pypdf): it must be a real PDF
with at least one page, and nothing a reader would reach from its trailer may be
active content (scripts, launch or submit actions, embedded files, rich media,
forms that run code). Names are compared after parsing, so escapes (/J#61vaScript)
and compressed object streams hide nothing."""

import io
import logging

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about damaged files are ours to report

ACTIVE = frozenset(
    {
        "/JavaScript",
        "/JS",
        "/Launch",
        "/EmbeddedFile",
        "/EmbeddedFiles",
        "/RichMedia",
        "/XFA",
        "/AA",
        "/SubmitForm",
        "/ImportData",
        "/GoToE",
        "/GoToR",
    }
)
MAX_OBJECTS = 200_000  # far more than any scanned report has; bounds the walk


class NotAPdf(Exception):
    """Not a PDF a reader can open (or one with no pages)."""


class ActivePdf(Exception):
    """A PDF that carries active content."""


def check(data: bytes) -> None:
    """Raise NotAPdf or ActivePdf, or return for a plain PDF."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotAPdf("password")
        if len(reader.pages) < 1:
            raise NotAPdf("no pages")
        root = reader.trailer
    except (NotAPdf, ActivePdf):
        raise
    except Exception as error:  # pypdf raises many kinds of errors for damaged files
        raise NotAPdf(type(error).__name__) from None
    try:
        _walk(root)
    except ActivePdf:
        raise
    except Exception as error:  # a damaged object deep inside: not a file we can vouch for
        raise NotAPdf(type(error).__name__) from None


def _walk(start) -> None:
    seen: set[tuple[int, int]] = set()
    pending = [start]
    visited = 0
    while pending:
        value = pending.pop()
        if isinstance(value, IndirectObject):
            ref = (value.idnum, value.generation)
            if ref in seen:
                continue
            seen.add(ref)
            value = value.get_object()
        visited += 1
        if visited > MAX_OBJECTS:
            raise NotAPdf("too many objects")
        if isinstance(value, NameObject) and str(value) in ACTIVE:
            raise ActivePdf(str(value))
        if isinstance(value, DictionaryObject):  # (a stream is one too: its dictionary)
            for key, item in value.items():
                if str(key) in ACTIVE:
                    raise ActivePdf(str(key))
                pending.append(item)
        elif isinstance(value, ArrayObject):
            pending.extend(value)
