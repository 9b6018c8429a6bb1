"""The sample handbook's pages rendered as the exporter renders them, for the search tests."""

from __future__ import annotations

from pathlib import Path

from authoring_app.core.config import HandbookConfig
from authoring_app.core.render import RenderContext, RenderedSection, SectionRenderer


def render_page(
    renderer: SectionRenderer, root: Path, config: HandbookConfig, lang: str, path: Path
) -> RenderedSection:
    ctx = RenderContext(
        lang=lang,
        languages=list(config.languages),
        source_language=config.source_language,
        root=root,
        base_dir=root / lang,
        section=path.stem,
    )
    return renderer.render(path.read_text(encoding="utf-8"), ctx)
