"""The PySide6 face of Handbook Studio: windows, editors, preview and views over ``authoring_app.core``.

Widgets here show what core reports and turn its typed errors into messages for people; they never read or
write project files themselves.
"""
