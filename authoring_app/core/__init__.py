"""The Qt-free heart of Handbook Studio: model, renderer, segments, checks, export and storage.

Nothing under this package may import PySide6 or ``authoring_app.gui`` (a test walks the imports), so every
capability works headless through the ``handbook`` command.
"""
