"""Entry script of the frozen ``handbook`` (the command line); PyInstaller runs this file as ``__main__``."""

import sys

from authoring_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
