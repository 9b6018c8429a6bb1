"""Publishing a handbook: the website and the other output formats."""
