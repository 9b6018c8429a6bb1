"""Marks words that core hands to the GUI for display, so that ``pyside6-lupdate`` extracts them.

Core never imports Qt, so it cannot translate; it marks the English text with :func:`QT_TRANSLATE_NOOP` (the name
lupdate looks for) and keeps using it as a plain string. The GUI translates it where it is shown, with
``QCoreApplication.translate(context, text)`` and the same context. Long messages about a particular file (the
problems ``handbook check`` reports) are not marked: they stay English.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Return ``text`` unchanged; ``context`` is for lupdate and for the GUI's ``translate`` call."""
    return text


class CodedText(str):
    """A reason or a problem that core reports: the English sentence (it *is* that string, for the CLI and logs)
    plus a ``code`` and the ``values`` in it, from which the GUI phrases the whole sentence in the user's language.

    ``CodedText("process-ended", "its process {pid} has ended", pid=4242)`` equals ``"its process 4242 has ended"``
    wherever a string is expected; the GUI looks at ``.code`` and ``.values`` instead and never glues the English
    into a translated sentence.
    """

    code: str
    values: dict[str, object]

    def __new__(cls, code: str, english: str, /, **values: object) -> CodedText:
        text = super().__new__(cls, english.format(**values))
        text.code = str(code)
        text.values = dict(values)
        return text

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (_coded_text, (self.code, str(self), self.values))


def _coded_text(code: str, text: str, values: dict[str, object]) -> CodedText:
    coded = str.__new__(CodedText, text)
    coded.code, coded.values = code, dict(values)
    return coded
