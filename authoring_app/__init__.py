"""Handbook Studio: author a multilingual, multimedia handbook and publish it."""

__version__ = "0.1.0"
