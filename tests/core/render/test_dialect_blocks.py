"""Golden tests for the handbook's own blocks: a small source and the HTML it must become, one row per construct.

The HTML is compared with the whitespace between tags removed, so the expectations can be written readably.
Media files are real (tiny PNGs from Pillow, empty ``.vtt``/``.webm``) so that caption tracks, transcripts and
sizes come from what exists in the temporary handbook.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handbook_files import file_context
from html_compare import normalise, pretty
from PIL import Image

from authoring_app.core.render import MediaRef, RenderContext, RenderedSection, SectionRenderer
from authoring_app.core.render.quiz_block import parse_quiz

LANGUAGES = ["bg", "ru", "en", "kk"]
SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook"


def make_handbook(root: Path) -> Path:
    """A handbook with captions in 3 of its 4 languages and a transcript in the source language only."""
    for lang in LANGUAGES:
        (root / lang).mkdir(parents=True)
    media = root / "media"
    media.mkdir()
    for name, size in [
        ("poster.png", (64, 36)),
        ("pic-1.png", (40, 30)),
        ("pic-2.png", (30, 40)),
        ("lab.png", (80, 45)),
    ]:
        Image.new("RGB", size, (200, 120, 40)).save(media / name)
    for name in ["clip.webm", "clip.bg.vtt", "clip.ru.vtt", "clip.en.vtt", "talk.ogg", "lab.webm"]:
        (media / name).write_bytes(b"")
    (media / "talk.bg.md").write_text("**Водещ:** Добър ден.\n\nВтори абзац.\n", encoding="utf-8")
    (root.parent / "secret.md").write_text("Never read: outside the handbook.\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def handbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_handbook(tmp_path_factory.mktemp("handbook") / "hb")


def context(root: Path, lang: str = "bg") -> RenderContext:
    return file_context(root, LANGUAGES, lang)


def render(root: Path, source: str, lang: str = "bg") -> RenderedSection:
    return SectionRenderer().render(source, context(root, lang))


def case(name: str, lang: str, source: str, expected: str) -> pytest.param:
    return pytest.param(name, lang, source, expected, id=name)


VIDEO = """\
/// video | Short intro
src: ../media/clip.webm
poster: ../media/poster.png
captions: ../media/clip.{lang}.vtt
///
"""

AUDIO = """\
/// audio | Interview
src: ../media/talk.ogg
transcript: ../media/talk.{lang}.md
///
"""

QUIZ_SINGLE = """\
/// quiz | Check yourself
What happens **before** class?

- [ ] A test.
- [x] Learners meet the new material.
- [ ] Nothing.

> Exactly: the first meeting with the material is on one's own.
///
"""


CASES = [
    case(
        "video-captions-page-language-first",
        "ru",
        VIDEO,
        """
<figure class="hb-video" data-line="1">
<video controls height="36" poster="../media/poster.png" preload="metadata" \
src="../media/clip.webm" width="64">
<track default kind="captions" label="Русский" src="../media/clip.ru.vtt" srclang="ru">
<track kind="captions" label="Български" src="../media/clip.bg.vtt" srclang="bg">
<track kind="captions" label="English" src="../media/clip.en.vtt" srclang="en">
<p class="hb-media-fallback">Ваш браузер не может воспроизвести это видео. <a \
class="hb-generated" download="" href="../media/clip.webm">Скачать видео</a>
</p>
</video>
<figcaption>Short intro</figcaption>
</figure>
""",
    ),
    case(
        "video-source-language",
        "bg",
        VIDEO,
        """
<figure class="hb-video" data-line="1">
<video controls height="36" poster="../media/poster.png" preload="metadata" \
src="../media/clip.webm" width="64">
<track default kind="captions" label="Български" src="../media/clip.bg.vtt" srclang="bg">
<track kind="captions" label="Русский" src="../media/clip.ru.vtt" srclang="ru">
<track kind="captions" label="English" src="../media/clip.en.vtt" srclang="en">
<p class="hb-media-fallback">Вашият браузър не може да възпроизведе това видео. <a \
class="hb-generated" download="" href="../media/clip.webm">Изтеглете видеото</a>
</p>
</video>
<figcaption>Short intro</figcaption>
</figure>
""",
    ),
    case(
        "video-explicit-size",
        "bg",
        """\
/// video | Sized
src: ../media/clip.webm
poster: ../media/poster.png
width: 640
height: 360
///
""",
        """
<figure class="hb-video" data-line="1">
<video controls height="360" poster="../media/poster.png" preload="metadata" \
src="../media/clip.webm" width="640">
<p class="hb-media-fallback">Вашият браузър не може да възпроизведе това видео. <a \
class="hb-generated" download="" href="../media/clip.webm">Изтеглете видеото</a>
</p>
</video>
<figcaption>Sized</figcaption>
</figure>
""",
    ),
    case(
        "video-width-only-keeps-the-poster-aspect-ratio",
        "en",
        "/// video\nsrc: ../media/clip.webm\nposter: ../media/poster.png\nwidth: 320\n///\n",
        """
<figure class="hb-video" data-line="1">
<video controls height="180" poster="../media/poster.png" preload="metadata" \
src="../media/clip.webm" width="320">
<p class="hb-media-fallback">Your browser cannot play this video. <a class="hb-generated" \
download="" href="../media/clip.webm">Download the video</a>
</p>
</video>
</figure>
""",
    ),
    case(
        "video-without-poster-or-captions",
        "en",
        "/// video\nsrc: ../media/clip.webm\n///\n",
        """
<figure class="hb-video" data-line="1">
<video controls preload="metadata" src="../media/clip.webm">
<p class="hb-media-fallback">Your browser cannot play this video. <a class="hb-generated" \
download="" href="../media/clip.webm">Download the video</a>
</p>
</video>
</figure>
""",
    ),
    case(
        "video-without-src",
        "bg",
        "/// video | Nothing to play\nposter: ../media/poster.png\n///\n",
        """
<figure class="hb-video" data-line="1" data-problem="no-src">
<video controls height="36" poster="../media/poster.png" preload="metadata" width="64">
</video>
<figcaption>Nothing to play</figcaption>
</figure>
""",
    ),
    case(
        "audio-with-transcript",
        "bg",
        AUDIO,
        """
<figure class="hb-audio" data-line="1">
<figcaption>Interview</figcaption>
<audio controls preload="metadata" src="../media/talk.ogg">
<p class="hb-media-fallback">Вашият браузър не може да възпроизведе този аудиозапис. <a \
class="hb-generated" download="" href="../media/talk.ogg">Изтеглете аудиозаписа</a>
</p>
</audio>
<details class="hb-transcript">
<summary>Стенограма</summary>
<div class="hb-transcript-body">
<p>
<strong>Водещ:</strong> Добър ден.</p>
<p>Втори абзац.</p>
</div>
</details>
</figure>
""",
    ),
    case(
        "audio-transcript-absent-in-this-language",
        "ru",
        AUDIO,
        """
<figure class="hb-audio" data-line="1">
<figcaption>Interview</figcaption>
<audio controls preload="metadata" src="../media/talk.ogg">
<p class="hb-media-fallback">Ваш браузер не может воспроизвести эту аудиозапись. <a \
class="hb-generated" download="" href="../media/talk.ogg">Скачать аудиозапись</a>
</p>
</audio>
</figure>
""",
    ),
    case(
        "audio-transcript-outside-the-handbook-is-not-read",
        "bg",
        "/// audio | Talk\nsrc: ../media/talk.ogg\ntranscript: ../../../secret.md\n///\n",
        """
<figure class="hb-audio" data-line="1">
<figcaption>Talk</figcaption>
<audio controls preload="metadata" src="../media/talk.ogg">
<p class="hb-media-fallback">Вашият браузър не може да възпроизведе този аудиозапис. <a \
class="hb-generated" download="" href="../media/talk.ogg">Изтеглете аудиозаписа</a>
</p>
</audio>
</figure>
""",
    ),
    case(
        "gallery-with-alt",
        "bg",
        """\
/// gallery | Two views
- ../media/pic-1.png | A round table with "five" chairs & a lamp
- ../media/pic-2.png | A tall shelf
///
""",
        """
<figure class="hb-gallery" data-line="1">
<ul class="hb-gallery-items">
<li>
<a class="hb-gallery-link hb-generated" href="../media/pic-1.png">
<img alt="A round table with &quot;five&quot; chairs &amp; a lamp" decoding="async" height="30" \
loading="lazy" src="../media/pic-1.png" width="40">
</a>
</li>
<li>
<a class="hb-gallery-link hb-generated" href="../media/pic-2.png">
<img alt="A tall shelf" decoding="async" height="40" loading="lazy" src="../media/pic-2.png" \
width="30">
</a>
</li>
</ul>
<figcaption>Two views</figcaption>
</figure>
""",
    ),
    case(
        "gallery-item-without-alt",
        "bg",
        "/// gallery | Views\n- ../media/pic-1.png\n- ../media/pic-2.png |\n///\n",
        """
<figure class="hb-gallery" data-line="1">
<ul class="hb-gallery-items">
<li>
<a class="hb-gallery-link hb-generated" href="../media/pic-1.png">
<img decoding="async" height="30" loading="lazy" src="../media/pic-1.png" width="40">
</a>
</li>
<li>
<a class="hb-gallery-link hb-generated" href="../media/pic-2.png">
<img decoding="async" height="40" loading="lazy" src="../media/pic-2.png" width="30">
</a>
</li>
</ul>
<figcaption>Views</figcaption>
</figure>
""",
    ),
    case(
        "embed-with-image-fallback",
        "en",
        """\
/// embed | Pendulum simulation
url: https://example.org/sim/pendulum?lang=en&mode=full
fallback: ../media/lab.png
///
""",
        """
<figure class="hb-embed" data-embed-src="https://example.org/sim/pendulum?lang=en&amp;mode=full" \
data-embed-title="Pendulum simulation" data-line="1">
<img alt="Pendulum simulation" decoding="async" height="45" loading="lazy" \
src="../media/lab.png" width="80">
<p class="hb-embed-note">This content needs an Internet connection; here is an offline version.</p>
<p class="hb-embed-open">
<a class="hb-embed-link" href="https://example.org/sim/pendulum?lang=en&amp;mode=full" \
rel="noopener">Open the interactive content (needs the Internet)</a>
</p>
<figcaption>Pendulum simulation</figcaption>
</figure>
""",
    ),
    case(
        "embed-with-video-fallback",
        "bg",
        "/// embed | Lab\nurl: https://example.org/lab\nfallback: ../media/lab.webm\n///\n",
        """
<figure class="hb-embed" data-embed-src="https://example.org/lab" data-embed-title="Lab" \
data-line="1">
<video controls preload="metadata" src="../media/lab.webm">
<p class="hb-media-fallback">Вашият браузър не може да възпроизведе това видео. <a \
class="hb-generated" download="" href="../media/lab.webm">Изтеглете видеото</a>
</p>
</video>
<p class="hb-embed-note">Това съдържание изисква връзка с интернет; ето версия, която работи и \
без нея.</p>
<p class="hb-embed-open">
<a class="hb-embed-link" href="https://example.org/lab" rel="noopener">Отворете интерактивното \
съдържание (нужен е интернет)</a>
</p>
<figcaption>Lab</figcaption>
</figure>
""",
    ),
    case(
        "embed-without-fallback",
        "kk",
        "/// embed | Lab\nurl: https://example.org/lab\n///\n",
        """
<figure class="hb-embed" data-embed-src="https://example.org/lab" data-embed-title="Lab" \
data-line="1">
<p class="hb-embed-open">
<a class="hb-embed-link" href="https://example.org/lab" rel="noopener">Интерактивті материалды \
ашу (интернет қажет)</a>
</p>
<figcaption>Lab</figcaption>
</figure>
""",
    ),
    case(
        "embed-javascript-url-is-not-linked",
        "en",
        "/// embed | Bad\nurl: javascript:alert(1)\n///\n",
        """
<figure class="hb-embed" data-line="1" data-problem="unsafe-url">
<figcaption>Bad</figcaption>
</figure>
""",
    ),
    case(
        "quiz-single-answer",
        "bg",
        QUIZ_SINGLE,
        """
<div class="hb-quiz" data-correct-text="Вярно" data-incorrect-text="Не съвсем — опитайте отново" \
data-line="1" data-option-correct-text="вярно" \
data-option-incorrect-text="грешно" data-quiz-id="quiz-s-1">
<p class="hb-quiz-title">Check yourself</p>
<form class="hb-quiz-question" data-multiple="false">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>What happens <strong>before</strong> class?</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Изберете един отговор</p>
<ul class="hb-quiz-options">
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="1">
<span>A test.</span>
</label>
</li>
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="radio" value="2">
<span>Learners meet the new material.</span>
</label>
</li>
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="3">
<span>Nothing.</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Проверете отговора</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
<p>Exactly: the first meeting with the material is on one's own.</p>
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-multiple-answers",
        "en",
        """\
/// quiz | Check yourself
Which are *true*? Select all.

- [x] One
* [ ] Two
- [X] Three

> Both one and three.
///
""",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<p class="hb-quiz-title">Check yourself</p>
<form class="hb-quiz-question" data-multiple="true">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>Which are <em>true</em>? Select all.</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select all that apply</p>
<ul class="hb-quiz-options">
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="checkbox" value="1">
<span>One</span>
</label>
</li>
<li>
<label>
<input name="quiz-s-1-1" type="checkbox" value="2">
<span>Two</span>
</label>
</li>
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="checkbox" value="3">
<span>Three</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
<p>Both one and three.</p>
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-two-questions-with-feedback-each",
        "en",
        """\
/// quiz
First?

- [x] Yes
- [ ] No

> Right: yes.

---

Second?

- [ ] Yes
- [x] No

> Right: no.
///
""",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<form class="hb-quiz-question" data-multiple="false">
<p class="hb-quiz-count">Question 1 of 2</p>
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>First?</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="radio" value="1">
<span>Yes</span>
</label>
</li>
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="2">
<span>No</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
<p>Right: yes.</p>
</div>
</form>
<form class="hb-quiz-question" data-multiple="false">
<p class="hb-quiz-count">Question 2 of 2</p>
<fieldset aria-describedby="quiz-s-1-2-hint">
<legend>Second?</legend>
<p class="hb-quiz-hint" id="quiz-s-1-2-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input name="quiz-s-1-2" type="radio" value="1">
<span>Yes</span>
</label>
</li>
<li>
<label>
<input data-correct="true" name="quiz-s-1-2" type="radio" value="2">
<span>No</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-2-feedback" role="status">
<p>Right: no.</p>
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-without-feedback",
        "en",
        "/// quiz\nPick one.\n\n- [ ] A\n- [x] B\n///\n",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<form class="hb-quiz-question" data-multiple="false">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>Pick one.</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="1">
<span>A</span>
</label>
</li>
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="radio" value="2">
<span>B</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-no-correct-answer",
        "en",
        "/// quiz\nPick one.\n\n- [ ] A\n- [ ] B\n///\n",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<form class="hb-quiz-question" data-multiple="false" data-problem="no-correct-answer">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>Pick one.</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="1">
<span>A</span>
</label>
</li>
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="2">
<span>B</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-no-options",
        "en",
        "/// quiz\nJust a question?\n\n> And feedback.\n///\n",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<form class="hb-quiz-question" data-multiple="false" data-problem="no-options">
<fieldset>
<legend>Just a question?</legend>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
<p>And feedback.</p>
</div>
</form>
</div>
""",
    ),
    case(
        "quiz-stem-with-more-paragraphs-and-long-options",
        "en",
        """\
/// quiz
Look at the code.

```python
x = 1
```

What is `x`?

- [x] One,
  as assigned
- [ ] Two
///
""",
        """
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="1" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<form class="hb-quiz-question" data-multiple="false">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>Look at the code.</legend>
<div class="hb-quiz-stem">
<div class="highlight"><pre><span></span><code><span class="n">x</span> <span class="o">=</span> \
<span class="mi">1</span>
</code></pre></div>
<p>What is <code>x</code>?</p>
</div>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="radio" value="1">
<span>One,
as assigned</span>
</label>
</li>
<li>
<label>
<input name="quiz-s-1-1" type="radio" value="2">
<span>Two</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
</div>
</form>
</div>
""",
    ),
    case(
        "script-in-titles-is-text",
        "en",
        """\
/// video | <script>alert(1)</script> *caption*
src: ../media/clip.webm
///

/// quiz | <b>Quiz</b> `<i>`
Q?

- [x] A
///
""",
        """
<figure class="hb-video" data-line="1">
<video controls preload="metadata" src="../media/clip.webm">
<p class="hb-media-fallback">Your browser cannot play this video. <a class="hb-generated" \
download="" href="../media/clip.webm">Download the video</a>
</p>
</video>
<figcaption>&lt;script&gt;alert(1)&lt;/script&gt; <em>caption</em>
</figcaption>
</figure>
<div class="hb-quiz" data-correct-text="Correct" data-incorrect-text="Not quite — try again" \
data-line="5" data-option-correct-text="correct" \
data-option-incorrect-text="incorrect" data-quiz-id="quiz-s-1">
<p class="hb-quiz-title">&lt;b&gt;Quiz&lt;/b&gt; <code>&lt;i&gt;</code>
</p>
<form class="hb-quiz-question" data-multiple="false">
<fieldset aria-describedby="quiz-s-1-1-hint">
<legend>Q?</legend>
<p class="hb-quiz-hint" id="quiz-s-1-1-hint">Select one answer</p>
<ul class="hb-quiz-options">
<li>
<label>
<input data-correct="true" name="quiz-s-1-1" type="radio" value="1">
<span>A</span>
</label>
</li>
</ul>
</fieldset>
<button class="hb-quiz-check" hidden type="button">Check answer</button>
<div aria-live="polite" class="hb-quiz-feedback" hidden id="quiz-s-1-1-feedback" role="status">
</div>
</form>
</div>
""",
    ),
]


@pytest.mark.parametrize(("name", "lang", "source", "expected"), CASES)
def test_block_renders_as_expected(handbook: Path, name: str, lang: str, source: str, expected: str) -> None:
    html = render(handbook, source, lang).html
    assert pretty(html) == pretty(expected)


def test_blocks_report_the_files_they_need_with_their_lines(handbook: Path) -> None:
    source = "Intro.\n\n" + VIDEO + "\n" + AUDIO + "\n/// gallery\n- ../media/pic-1.png | One\n///\n"
    bg = render(handbook, source, "bg").media
    assert bg == [
        MediaRef("../media/clip.webm", "video", 4),
        MediaRef("../media/poster.png", "poster", 5),
        MediaRef("../media/clip.bg.vtt", "captions", 6, "bg", True),
        MediaRef("../media/talk.ogg", "audio", 10),
        MediaRef("../media/talk.bg.md", "transcript", 11, "bg", True),
        MediaRef("../media/pic-1.png", "image", 15),
    ]
    kk = render(handbook, source, "kk").media
    # A translation without its captions or transcript is worth a warning, not an error.
    assert MediaRef("../media/clip.kk.vtt", "captions", 6, "kk", False) in kk
    assert MediaRef("../media/talk.kk.md", "transcript", 11, "kk", False) in kk


def test_embed_reports_its_fallback_and_its_link(handbook: Path) -> None:
    result = render(handbook, "/// embed | Lab\nurl: https://example.org/lab\nfallback: ../media/lab.png\n///\n")
    assert result.media == [MediaRef("../media/lab.png", "fallback", 3)]
    assert [(ref.url, ref.kind, ref.line) for ref in result.links if ref.kind != "media"] == [
        ("../media/lab.png", "image", 3),
        ("https://example.org/lab", "link", 2),
    ]


def test_gallery_image_without_alt_reaches_the_check(handbook: Path) -> None:
    result = render(handbook, "/// gallery\n- ../media/pic-1.png | One\n- ../media/pic-2.png\n///\n")
    assert [(ref.url, ref.line, ref.alt) for ref in result.links if ref.kind == "image"] == [
        ("../media/pic-1.png", 2, "One"),
        ("../media/pic-2.png", 3, None),
    ]


def test_quiz_problems_reach_the_check(handbook: Path) -> None:
    source = "/// quiz\nA?\n\n- [ ] x\n- [ ] y\n\n---\n\nB?\n///\n\n/// quiz\nC?\n\n- [x] z\n///\n"
    assert render(handbook, source).block_problems == [(1, "no-correct-answer"), (1, "no-options")]


def test_quiz_inputs_are_unique_in_the_page_and_the_same_on_every_render(handbook: Path) -> None:
    source = "/// quiz\nA?\n\n- [x] yes\n- [ ] no\n///\n\n/// quiz\nB?\n\n- [x] yes\n- [ ] no\n///\n"
    renderer = SectionRenderer()
    first = renderer.render(source, context(handbook)).html
    names = re.findall(r'name="([^"]+)"', first)
    assert names == ["quiz-s-1-1"] * 2 + ["quiz-s-2-1"] * 2
    assert re.findall(r'data-quiz-id="([^"]+)"', first) == ["quiz-s-1", "quiz-s-2"]
    assert renderer.render(source, context(handbook)).html == first


def test_quiz_feedback_keeps_markdown_and_links(handbook: Path) -> None:
    source = "## Models {#models}\n\n/// quiz\nQ?\n\n- [x] A\n\n> See [the models](#models) and `code`.\n///\n"
    html = render(handbook, source).html
    assert '<p>See <a href="#models">the models</a> and <code>code</code>.</p>' in html


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Q?\n\n- [ ] a\n- [x] b", [("Q?", [("a", False), ("b", True)], "", "")]),
        ("Q?\n* [X] a\n+ [x] b\n- [ ]", [("Q?", [("a", True), ("b", True), ("", False)], "", "")]),
        (
            "Q?\n\n- [x] a\nlazy\n  indented\n\n> one\nlazy\n\n> two",
            [("Q?", [("a\nlazy\nindented", True)], "one\nlazy\n\ntwo", "")],
        ),
        ("Q?\n\n- [x] a\n\nA note.\n\n> Feedback.", [("Q?", [("a", True)], "Feedback.", "A note.")]),
        (
            "A?\n\n- [x] a\n\n---\n\n---\n\nB?\n\n```\n---\n```\n\n- [x] b",
            [("A?", [("a", True)], "", ""), ("B?\n\n```\n---\n```", [("b", True)], "", "")],
        ),
    ],
    ids=["basic", "markers", "lazy-lines", "text-after-options", "separators"],
)
def test_parse_quiz(body: str, expected: list) -> None:
    parsed = [(q.stem, [(o.text, o.correct) for o in q.options], q.feedback, q.extra) for q in parse_quiz(body)]
    assert parsed == expected


def test_sample_flipped_classroom_video_and_two_question_quiz() -> None:
    source = (SAMPLE / "bg" / "02-flipped-classroom.md").read_text(encoding="utf-8")
    ctx = RenderContext(
        lang="bg",
        languages=["bg", "ru", "en", "kk", "uz"],
        source_language="bg",
        root=SAMPLE,
        base_dir=SAMPLE / "bg",
        section="02-flipped-classroom",
    )
    html = normalise(SectionRenderer().render(source, ctx).html)
    assert re.search(
        r'<figure class="hb-video" data-line="40"><video controls height="\d+" '
        r'poster="../media/flipped-intro.png" preload="metadata" src="../media/flipped-intro.webm" '
        r'width="\d+"><track default kind="captions" label="Български" '
        r'src="../media/flipped-intro.bg.vtt" srclang="bg">',
        html,
    )
    assert re.findall(r'srclang="(\w+)"', html) == ["bg", "ru", "en", "kk", "uz"]
    assert "<figcaption>Кратко въведение в обърнатата класна стая (6 секунди, със субтитри)</figcaption>" in html
    assert html.count('<form class="hb-quiz-question" data-multiple="false">') == 2
    assert html.count('type="radio"') == 6 and html.count('data-correct="true"') == 2
    assert "<legend>Какво правят студентите <strong>преди</strong> занятието в обърнатата класна стая?</legend>" in html
    assert '<p class="hb-quiz-count">Въпрос 2 от 2</p>' in html
    assert html.count('class="hb-quiz-feedback"') == 2 and "Кратките видеа се гледат докрай" in html


def test_sample_virtual_labs_embed_is_offline_first() -> None:
    source = (SAMPLE / "bg" / "06-virtual-labs.md").read_text(encoding="utf-8")
    ctx = RenderContext(
        lang="bg",
        languages=["bg", "ru", "en"],
        source_language="bg",
        root=SAMPLE,
        base_dir=SAMPLE / "bg",
        section="06-virtual-labs",
    )
    result = SectionRenderer().render(source, ctx)
    html = normalise(result.html)
    assert "<iframe" not in html
    assert (
        '<figure class="hb-embed" data-embed-src="https://example.org/simulations/pendulum" '
        'data-embed-title="Интерактивна симулация на математическо махало" data-line="32">'
        '<img alt="Интерактивна симулация на математическо махало" decoding="async" height="450" '
        'loading="lazy" src="../media/lab-pendulum.png" width="800">'
    ) in html
    assert '<a class="hb-embed-link" href="https://example.org/simulations/pendulum" rel="noopener">' in html
    assert result.media == [MediaRef("../media/lab-pendulum.png", "fallback", 34)]
