"""Dialogs that put an image, a video or a recording into a section.

Each dialog asks for what the Markdown needs (a file, the image's alt text, a caption), calls the core to bring the
file into the handbook's ``media/`` folder (``authoring_app.core.media_import`` / ``snippets``) and, once accepted,
holds the Markdown to insert: ``dialog.markdown()``, also sent with :attr:`markdown_ready`. Core errors are shown
as they come, in a message box.

    dialog = InsertImageDialog(handbook, window, source=dropped_path)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        editor.insertPlainText(dialog.markdown())

Quiz and table need no dialog: ``core.snippets.quiz_template(lang)`` and ``table_template(lang)``.
"""

from __future__ import annotations

from authoring_app.gui.insert_block_dialogs import InsertAudioDialog, InsertVideoDialog
from authoring_app.gui.insert_image_dialog import InsertImageDialog

__all__ = ["InsertAudioDialog", "InsertImageDialog", "InsertVideoDialog"]
