"""The self-check quiz: ``/// quiz | Title`` with task-list options, ``---`` between questions and a feedback quote.

The HTML is a form per question that makes sense with JavaScript off: a fieldset whose legend is the question, real
radio buttons or checkboxes, the hint how many answers to pick, and a "Check answer" button and a feedback area that
stay ``hidden`` until the website's script shows them. The correct options carry ``data-correct``; the words the
script needs in the page's language are on the quiz (``data-correct-text``, ``data-incorrect-text``, and
``data-option-correct-text``/``data-option-incorrect-text``, said with a chosen option).

:func:`parse_quiz` is separate from the HTML so that other outputs (SCORM) and the check can read a quiz too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown.util import AtomicString

from ..blocks import FENCE_RE
from .dialect import DialectBlock
from .media_blocks import inline_text
from .site_words import words

OPTION_RE = re.compile(r"^ {0,3}[-*+][ \t]+\[(?P<mark>[ xX])\](?:[ \t]+(?P<text>.*?))?\s*$")
SEPARATOR_RE = re.compile(r"^ {0,3}-{3,}\s*$")
QUOTE_RE = re.compile(r"^ {0,3}> ?")
CONTINUATION_RE = re.compile(r"^(?: {2,}|\t)\S")
#: Lines that start something other than a paragraph; such a stem does not fit in a ``<legend>``.
NOT_PARAGRAPH_RE = re.compile(r"^ {0,3}(?:#|>|[-*+][ \t]|\d{1,9}[.)][ \t]|`{3,}|~{3,}|\||<|!\[)|^(?: {4}|\t)")


@dataclass(frozen=True)
class QuizOption:
    text: str
    correct: bool


@dataclass(frozen=True)
class QuizQuestion:
    #: Markdown of the question (everything before the options).
    stem: str
    options: tuple[QuizOption, ...]
    #: Markdown of the final blockquote, without its ``>`` markers ("" when there is none).
    feedback: str = ""
    #: Markdown between the options and the feedback (rare; shown after the options).
    extra: str = ""

    @property
    def correct_count(self) -> int:
        return sum(option.correct for option in self.options)

    @property
    def multiple(self) -> bool:
        return self.correct_count > 1


def _split_questions(lines: list[str]) -> list[list[str]]:
    """Questions are separated by a ``---`` line (not one inside fenced code)."""
    questions: list[list[str]] = [[]]
    fence: str | None = None
    for line in lines:
        match = FENCE_RE.match(line)
        if match and (fence is None or match.group("fence").startswith(fence)):
            fence = None if fence else match.group("fence")[0] * 3
        if fence is None and SEPARATOR_RE.match(line):
            questions.append([])
        else:
            questions[-1].append(line)
    return questions


def _split_feedback(lines: list[str]) -> tuple[list[str], list[str]]:
    """The final blockquote (lazy continuation lines included, its ``>`` removed) and what comes before it."""
    start: int | None = None
    in_quote = False
    for index, line in enumerate(lines):
        if QUOTE_RE.match(line):
            start = index if start is None else start
            in_quote = True
        elif not line.strip():
            in_quote = False
        elif not in_quote:
            start = None
    if start is None:
        return lines, []
    return lines[:start], [QUOTE_RE.sub("", line, count=1) for line in lines[start:]]


def _parse_question(lines: list[str]) -> QuizQuestion:
    first = next((i for i, line in enumerate(lines) if OPTION_RE.match(line)), None)
    if first is None:
        stem_lines, feedback = _split_feedback(lines)
        return QuizQuestion("\n".join(stem_lines).strip(), (), "\n".join(feedback).strip())
    options: list[list[str | bool]] = []
    index = first
    while index < len(lines):
        line = lines[index]
        match = OPTION_RE.match(line)
        if match:
            options.append([match.group("text") or "", match.group("mark") in "xX"])
        elif CONTINUATION_RE.match(line) or (line.strip() and lines[index - 1].strip() and not QUOTE_RE.match(line)):
            # An indented line, or a lazy one right under the option, continues the option's text.
            options[-1][0] = f"{options[-1][0]}\n{line.strip()}"
        elif line.strip():
            break
        index += 1
    rest, feedback = _split_feedback(lines[index:])
    return QuizQuestion(
        stem="\n".join(lines[:first]).strip(),
        options=tuple(QuizOption(str(text).strip(), bool(correct)) for text, correct in options),
        feedback="\n".join(feedback).strip(),
        extra="\n".join(rest).strip(),
    )


def parse_quiz(text: str) -> list[QuizQuestion]:
    """The questions of a quiz body; blank questions (a stray ``---``) are left out."""
    lines = text.replace("\r\n", "\n").split("\n")
    return [_parse_question(chunk) for chunk in _split_questions(lines) if any(line.strip() for line in chunk)]


def _split_stem(stem: str) -> tuple[str | None, str]:
    """The first paragraph (for the legend, which holds phrasing content only) and the rest of the stem."""
    first, _, rest = stem.partition("\n\n")
    if not first.strip() or NOT_PARAGRAPH_RE.match(first):
        return None, stem
    return first.strip(), rest.strip()


def quiz_id_prefix(section: str) -> str:
    """What the ids of a page's quizzes start with; their number in the page follows."""
    name = re.sub(r"\s+", "-", section.strip()) or "section"
    return f"quiz-{name}-"


class QuizBlock(DialectBlock):
    NAME = "quiz"

    def on_create(self, parent: etree.Element) -> etree.Element:
        # Numbered per page (the tracker lives for one render), so input names are unique and stable.
        self.number = self.tracker.get("count", 0) + 1
        self.tracker["count"] = self.number
        return etree.SubElement(parent, "div", {"class": "hb-quiz"})

    @property
    def quiz_id(self) -> str:
        return f"{quiz_id_prefix(self.ctx.section)}{self.number}"

    def on_end(self, block: etree.Element) -> None:
        text = str(block.text or "")
        block.text = None
        page_words = words(self.ctx.lang)
        block.set("data-quiz-id", self.quiz_id)
        block.set("data-correct-text", page_words["correct"])
        block.set("data-incorrect-text", page_words["incorrect"])
        block.set("data-option-correct-text", page_words["option_correct"])
        block.set("data-option-incorrect-text", page_words["option_incorrect"])
        if self.title:
            etree.SubElement(block, "p", {"class": "hb-quiz-title"}).text = inline_text(self.title)
        questions = parse_quiz(text)
        for number, question in enumerate(questions, start=1):
            self.add_question(block, question, number, len(questions), page_words)
        if not questions:
            block.set("data-problem", "no-questions")

    def add_question(
        self, block: etree.Element, question: QuizQuestion, number: int, total: int, page_words: dict[str, str]
    ) -> None:
        name = f"{self.quiz_id}-{number}"
        form = etree.SubElement(
            block, "form", {"class": "hb-quiz-question", "data-multiple": str(question.multiple).lower()}
        )
        if not question.options:
            form.set("data-problem", "no-options")
        elif question.correct_count == 0:
            form.set("data-problem", "no-correct-answer")
        count_text = page_words["question_of"].format(n=number, total=total)
        if total > 1:
            etree.SubElement(form, "p", {"class": "hb-quiz-count"}).text = AtomicString(count_text)

        fieldset = etree.SubElement(form, "fieldset")
        legend_text, rest = _split_stem(question.stem)
        legend = etree.SubElement(fieldset, "legend")
        legend.text = legend_text if legend_text is not None else AtomicString(count_text)
        if rest:
            self.parse_markdown(etree.SubElement(fieldset, "div", {"class": "hb-quiz-stem"}), rest)

        if question.options:
            self.add_options(fieldset, question, name, page_words)
        if question.extra:
            self.parse_markdown(etree.SubElement(fieldset, "div", {"class": "hb-quiz-extra"}), question.extra)

        button = etree.SubElement(form, "button", {"type": "button", "class": "hb-quiz-check", "hidden": "hidden"})
        button.text = AtomicString(page_words["check_answer"])
        feedback = etree.SubElement(
            form,
            "div",
            {
                "class": "hb-quiz-feedback",
                "id": f"{name}-feedback",
                "role": "status",
                "aria-live": "polite",
                "hidden": "hidden",
            },
        )
        if question.feedback:
            self.parse_markdown(feedback, question.feedback)

    def add_options(
        self, fieldset: etree.Element, question: QuizQuestion, name: str, page_words: dict[str, str]
    ) -> None:
        """The hint (how many to pick, read with the question) and the radio buttons or checkboxes."""
        fieldset.set("aria-describedby", f"{name}-hint")
        hint = page_words["select_all"] if question.multiple else page_words["select_one"]
        etree.SubElement(fieldset, "p", {"class": "hb-quiz-hint", "id": f"{name}-hint"}).text = AtomicString(hint)
        options = etree.SubElement(fieldset, "ul", {"class": "hb-quiz-options"})
        kind = "checkbox" if question.multiple else "radio"
        for value, option in enumerate(question.options, start=1):
            label = etree.SubElement(etree.SubElement(options, "li"), "label")
            field = etree.SubElement(label, "input", {"type": kind, "name": name, "value": str(value)})
            if option.correct:
                field.set("data-correct", "true")
            field.tail = " "
            etree.SubElement(label, "span").text = option.text
