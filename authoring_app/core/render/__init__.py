"""The one renderer of the content dialect, shared by the preview and every export format."""

from .context import Heading, LinkRef, MediaRef, RenderContext, RenderedSection
from .pipeline import SectionRenderer, render_section

__all__ = [
    "Heading",
    "LinkRef",
    "MediaRef",
    "RenderContext",
    "RenderedSection",
    "SectionRenderer",
    "render_section",
]
