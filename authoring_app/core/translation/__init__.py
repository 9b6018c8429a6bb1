"""Translations: which segment translates which, where it came from, what is missing or out of date."""
