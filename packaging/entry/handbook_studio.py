"""Entry script of the frozen ``handbook-studio`` (the window); PyInstaller runs this file as ``__main__``."""

import sys

from authoring_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
