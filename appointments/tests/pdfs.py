"""PDFs for the upload tests, made with pypdf as a scanner's software would make them,
and hostile ones made from those."""

import io
import re

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def plain() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": "Pathology report"})
    return _written(writer)


def with_action(kind: str) -> bytes:
    """A one-page PDF whose opening runs an action of `kind` (/JavaScript, /Launch)."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    action = DictionaryObject({NameObject("/S"): NameObject(kind)})
    if kind == "/JavaScript":
        action[NameObject("/JS")] = TextStringObject("app.alert(1)")
    else:
        action[NameObject("/F")] = TextStringObject("cmd.exe")
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    return _written(writer)


def escaped(kind: str) -> bytes:
    """The same, with every active name written with a #xx escape, as PDF allows
    (/J#61vaScript is /JavaScript to every reader)."""

    def escape(match: re.Match) -> bytes:
        name = match.group(1)
        return b"/" + name[:1] + b"#" + f"{name[1]:02x}".encode() + name[2:]

    return re.sub(rb"/(JavaScript|JS|Launch)(?=[\s/<>\[\]()])", escape, with_action(kind))
