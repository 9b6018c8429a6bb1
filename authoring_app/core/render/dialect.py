"""The handbook's own ``///`` blocks (video, audio, gallery, embed, quiz) on pymdown-extensions' generic blocks.

Each block reads its body as raw text (``key: value`` lines, list lines, or the quiz's Markdown) and builds
accessible HTML5. The blocks reach the page being rendered through :attr:`DialectBlock.renderer` (its
:class:`~.context.RenderContext` says the language, where the handbook is and how to write URLs) and report the
files they need with :meth:`DialectBlock.need`, so that ``handbook check`` can say which file is missing and where.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING, Any

from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from .context import MediaRef, RenderContext

if TYPE_CHECKING:
    from markdown import Markdown
    from pymdownx.blocks import BlocksProcessor

    from .pipeline import SectionRenderer


class DialectBlock(Block):
    """Base of the handbook's blocks: the optional ``| title`` argument and a raw body."""

    ARGUMENT = None  # the text after "|", optional

    def on_markdown(self) -> str:
        return "raw"

    @property
    def renderer(self) -> SectionRenderer:
        return self.config["renderer"]

    @property
    def ctx(self) -> RenderContext:
        return self.renderer.ctx

    @property
    def title(self) -> str:
        return (self.argument or "").strip() if isinstance(self.argument, str) else ""

    def need(
        self, element: etree.Element, path: str, role: str, *, lang: str | None = None, required: bool = True
    ) -> None:
        """Report a file this block uses (checked for existence by ``handbook check``)."""
        self.renderer.add_media(element, MediaRef(path, role, None, lang, required))

    def parse_markdown(self, parent: etree.Element, text: str) -> None:
        """Render ``text`` as Markdown blocks into ``parent`` (inline Markdown is done by the later passes).

        The text goes through the preprocessors first, as a whole document does: a raw block body has its fenced
        code and HTML blocks restored to source, and a transcript file was never preprocessed.
        """
        lines = text.split("\n")
        for preprocessor in self.md.preprocessors:
            lines = preprocessor.run(lines)
        self.md.parser.parseChunk(parent, "\n".join(lines))


class DialectExtension(BlocksExtension):
    """Registers the handbook blocks; built by :class:`~.pipeline.SectionRenderer`."""

    def __init__(self, renderer: SectionRenderer, **kwargs: Any) -> None:
        self.renderer = renderer
        super().__init__(**kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        from .media_blocks import AudioBlock, EmbedBlock, GalleryBlock, VideoBlock
        from .quiz_block import QuizBlock

        for block in (VideoBlock, AudioBlock, GalleryBlock, EmbedBlock, QuizBlock):
            block_mgr.register(block, {"renderer": self.renderer})
