"""The live preview: the website's page of the section being edited, updated as the author types."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QWidget

from .base import PreviewBase

#: Set to 1 to use the simplified preview (e.g. on a machine whose graphics make Chromium fail).
NO_WEBENGINE_ENV = "HANDBOOK_STUDIO_NO_WEBENGINE"


def create_preview(parent: QWidget | None = None, *, force_simple: bool = False) -> PreviewBase:
    """The Chromium preview where QtWebEngine can start, else the simplified one with a notice saying why."""
    reason = ""
    if force_simple or os.environ.get(NO_WEBENGINE_ENV) == "1":
        reason = f"it was switched off ({NO_WEBENGINE_ENV}=1)"
    else:
        try:
            from .web_preview import WebPreview
        except ImportError as error:  # PySide6 without its WebEngine wheel, or Chromium's libraries missing
            reason = str(error)
        else:
            return WebPreview(parent)
    from .text_preview import TextPreview

    return TextPreview(reason, parent)
