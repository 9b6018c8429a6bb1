"""Every word the exported handbook itself puts on a page, in the handbook's languages: the renderer's (button labels,
fallbacks, hints), the website's around the content (navigation, search, notices), the one-file and packaged books'
(contents, answer key, cover), the languages' own names, and dates.

These are words of the *page*, so they follow the language of the page being made, not the language of the
application's interface (that one is Qt Linguist's business in ``gui/``). The site's scripts write no words of their
own: the page carries the ones they need (``data-words-*`` on ``<body>`` and on the search form, ``data-*-text`` on a
quiz), and their English is only a fallback. en, bg, ru, kk, ky, tg, tk and uz have every word (a test checks it); a
language beyond these gets English. Placeholders (``{n}``, ``{total}``, ``{q}``, ``{file}``) are filled with
:meth:`str.format`, or by the scripts.
"""

from __future__ import annotations

from datetime import date

from .site_word_tables import BOOK, CHROME, DATES, ONE_FILE

#: The keys of :func:`words`, with the English text each one stands for.
ENGLISH: dict[str, str] = {
    "transcript": "Transcript",
    "check_answer": "Check answer",
    "correct": "Correct",
    "incorrect": "Not quite — try again",
    "select_one": "Select one answer",
    "select_all": "Select all that apply",
    "question_of": "Question {n} of {total}",
    "embed_open": "Open the interactive content (needs the Internet)",
    "embed_offline": "This content needs an Internet connection; here is an offline version.",
    "video_unsupported": "Your browser cannot play this video.",
    "video_download": "Download the video",
    "audio_unsupported": "Your browser cannot play this audio.",
    "audio_download": "Download the audio",
    "image_of": "Image {n} of {total}",
}

_WORDS: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "bg": {
        "transcript": "Стенограма",
        "check_answer": "Проверете отговора",
        "correct": "Вярно",
        "incorrect": "Не съвсем — опитайте отново",
        "select_one": "Изберете един отговор",
        "select_all": "Изберете всички верни отговори",
        "question_of": "Въпрос {n} от {total}",
        "embed_open": "Отворете интерактивното съдържание (нужен е интернет)",
        "embed_offline": "Това съдържание изисква връзка с интернет; ето версия, която работи и без нея.",
        "video_unsupported": "Вашият браузър не може да възпроизведе това видео.",
        "video_download": "Изтеглете видеото",
        "audio_unsupported": "Вашият браузър не може да възпроизведе този аудиозапис.",
        "audio_download": "Изтеглете аудиозаписа",
        "image_of": "Изображение {n} от {total}",
    },
    "ru": {
        "transcript": "Расшифровка",
        "check_answer": "Проверить ответ",
        "correct": "Верно",
        "incorrect": "Не совсем — попробуйте ещё раз",
        "select_one": "Выберите один ответ",
        "select_all": "Выберите все подходящие варианты",
        "question_of": "Вопрос {n} из {total}",
        "embed_open": "Открыть интерактивный материал (нужен интернет)",
        "embed_offline": "Для этого материала нужно подключение к интернету; вот версия, которая работает без сети.",
        "video_unsupported": "Ваш браузер не может воспроизвести это видео.",
        "video_download": "Скачать видео",
        "audio_unsupported": "Ваш браузер не может воспроизвести эту аудиозапись.",
        "audio_download": "Скачать аудиозапись",
        "image_of": "Изображение {n} из {total}",
    },
    "kk": {
        "transcript": "Жазбаның мәтіні",
        "check_answer": "Жауапты тексеру",
        "correct": "Дұрыс",
        "incorrect": "Толық дұрыс емес — қайта көріңіз",
        "select_one": "Бір жауапты таңдаңыз",
        "select_all": "Барлық дұрыс жауаптарды таңдаңыз",
        "question_of": "Сұрақ {n} / {total}",
        "embed_open": "Интерактивті материалды ашу (интернет қажет)",
        "embed_offline": "Бұл материалға интернет байланысы қажет; төменде оның офлайн нұсқасы берілген.",
        "video_unsupported": "Браузеріңіз бұл бейнені ойната алмайды.",
        "video_download": "Бейнені жүктеп алу",
        "audio_unsupported": "Браузеріңіз бұл аудиожазбаны ойната алмайды.",
        "audio_download": "Аудиожазбаны жүктеп алу",
        "image_of": "Сурет {n} / {total}",
    },
    "ky": {
        "transcript": "Жазуунун тексти",
        "check_answer": "Жоопту текшерүү",
        "correct": "Туура",
        "incorrect": "Толук туура эмес — кайра аракет кылыңыз",
        "select_one": "Бир жоопту тандаңыз",
        "select_all": "Туура жооптордун баарын тандаңыз",
        "question_of": "Суроо {n} / {total}",
        "embed_open": "Интерактивдүү материалды ачуу (интернет керек)",
        "embed_offline": "Бул материал үчүн интернет байланышы керек; төмөндө анын офлайн версиясы берилди.",
        "video_unsupported": "Браузериңиз бул видеону ойното албайт.",
        "video_download": "Видеону жүктөп алуу",
        "audio_unsupported": "Браузериңиз бул аудиожазууну ойното албайт.",
        "audio_download": "Аудиожазууну жүктөп алуу",
        "image_of": "Сүрөт {n} / {total}",
    },
    "tg": {
        "transcript": "Матни сабт",
        "check_answer": "Ҷавобро санҷед",
        "correct": "Дуруст",
        "incorrect": "Пурра дуруст нест — боз кӯшиш кунед",
        "select_one": "Як ҷавобро интихоб кунед",
        "select_all": "Ҳамаи ҷавобҳои дурустро интихоб кунед",
        "question_of": "Саволи {n} аз {total}",
        "embed_open": "Маводи интерактивиро кушоед (Интернет лозим аст)",
        "embed_offline": "Барои ин мавод пайвасти Интернет лозим аст; дар поён варианти офлайни он оварда шудааст.",
        "video_unsupported": "Браузери шумо ин видеоро пахш карда наметавонад.",
        "video_download": "Видеоро боргирӣ кунед",
        "audio_unsupported": "Браузери шумо ин сабти аудиоиро пахш карда наметавонад.",
        "audio_download": "Сабти аудиоиро боргирӣ кунед",
        "image_of": "Тасвири {n} аз {total}",
    },
    "tk": {
        "transcript": "Ýazgynyň teksti",
        "check_answer": "Jogaby barlamak",
        "correct": "Dogry",
        "incorrect": "Doly dogry däl — täzeden synanyşyň",
        "select_one": "Bir jogaby saýlaň",
        "select_all": "Ähli dogry jogaplary saýlaň",
        "question_of": "Sorag {n} / {total}",
        "embed_open": "Interaktiw materialy açmak (internet gerek)",
        "embed_offline": "Bu material üçin internet baglanyşygy gerek; aşakda onuň oflaýn görnüşi berilýär.",
        "video_unsupported": "Brauzeriňiz bu wideony açyp bilmeýär.",
        "video_download": "Wideony ýükläp almak",
        "audio_unsupported": "Brauzeriňiz bu audioýazgyny açyp bilmeýär.",
        "audio_download": "Audioýazgyny ýükläp almak",
        "image_of": "Surat {n} / {total}",
    },
    "uz": {
        "transcript": "Yozuv matni",
        "check_answer": "Javobni tekshirish",
        "correct": "Toʻgʻri",
        "incorrect": "Unchalik emas — yana urinib koʻring",
        "select_one": "Bitta javobni tanlang",
        "select_all": "Barcha toʻgʻri javoblarni tanlang",
        "question_of": "Savol {n} / {total}",
        "embed_open": "Interaktiv materialni ochish (internet kerak)",
        "embed_offline": "Bu material uchun internet aloqasi kerak; quyida uning oflayn varianti berilgan.",
        "video_unsupported": "Brauzeringiz bu videoni ijro eta olmaydi.",
        "video_download": "Videoni yuklab olish",
        "audio_unsupported": "Brauzeringiz bu audioyozuvni ijro eta olmaydi.",
        "audio_download": "Audioyozuvni yuklab olish",
        "image_of": "Rasm {n} / {total}",
    },
}

# The website's own words, and the one-file and packaged books', merged into the tables above.
for _extra in (CHROME, ONE_FILE, BOOK):
    ENGLISH.update(_extra["en"])
    for _lang, _table in _extra.items():
        if _lang != "en":
            _WORDS[_lang].update(_table)

#: Each language's name in that language: what a reader looks for in a list of subtitles.
LANGUAGE_NAMES: dict[str, str] = {
    "bg": "Български",
    "ru": "Русский",
    "en": "English",
    "kk": "Қазақша",
    "ky": "Кыргызча",
    "tg": "Тоҷикӣ",
    "tk": "Türkmençe",
    "uz": "Oʻzbekcha",
}


def _base(lang: str) -> str:
    """``kk-KZ`` and ``uz_Latn`` use the tables of ``kk`` and ``uz``."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def words(lang: str) -> dict[str, str]:
    """The page words for ``lang`` (a fresh dict; keys as in :data:`ENGLISH`), English where a word is missing."""
    return {**ENGLISH, **_WORDS.get(_base(lang), {})}


def language_name(code: str) -> str:
    """The language's own name (``kk`` → ``Қазақша``), or the code itself for a language not listed."""
    return LANGUAGE_NAMES.get(_base(code), code)


def known_languages() -> list[str]:
    """The languages that have their own words."""
    return list(_WORDS)


def format_date(day: date, lang: str) -> str:
    """``day`` as the page's language writes it (``5 марта 2025 г.``, ``2025 жылғы 5 наурыз``); English beyond the
    languages of :data:`DATES`."""
    pattern, months = DATES.get(_base(lang), DATES["en"])
    return pattern.format(d=day.day, month=months[day.month - 1], y=day.year)


def date_languages() -> list[str]:
    """The languages that write dates their own way (the same as :func:`known_languages`)."""
    return list(DATES)
