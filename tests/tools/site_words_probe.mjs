// The website's own words on a page, after its scripts ran and a reader used it: an --eval-file module for
// site_audit.mjs (tests/export/test_site_words_in_pages.py judges what it returns).
//
//   node tests/tools/site_audit.mjs SITE_DIR --pages kk/02-flipped-classroom.html \
//        --eval-file tests/tools/site_words_probe.mjs
//
// On each page it does what brings out the words that scripts write: types a query that finds nothing and then one
// that finds something into the search box, checks the first quiz question with no answer, with a wrong answer and
// with the right one, presses a code block's copy button, and opens the gallery's lightbox. After each step it reads
// the page's site words, and returns them all (each once):
//   {lang, steps: [names of the steps done], unseen: [steps that found nothing to do], typed: [what was typed into
//    the search box (the reader's words, shown back in the search's status)], words: [{text, where}]}
// `text` is a text node's text or the value of aria-label, title, placeholder, alt, label or value, of the whole
// document (hidden elements too: a hidden button is still shown later). `where` names the element.
//
// Section content is left out: it comes from the handbook and may be in another language (the fallback). Content is
// what lies inside the page's <article> — except the words the renderer adds to it (quiz buttons, hints and verdicts,
// player fallbacks, the transcript's summary, the embed's note and link, copy buttons, the home page's progress and
// notices), which are the site's — and, outside the article, the titles that come from the handbook: the site's
// title, part and section titles in the contents list, breadcrumbs and previous/next, and search results' titles and
// snippets. What stays is every other word around the content, which must be in the page's language.

/** Read in the page: the site's words now shown (or present), as {text, where}. */
function collect() {
    const SITE_WORDS_IN_CONTENT = [
        '.hb-quiz-count',
        '.hb-quiz-hint',
        '.hb-quiz-check',
        '.hb-quiz-verdict',
        '.hb-quiz-mark',
        '.hb-media-fallback',
        '.hb-transcript > summary',
        '.hb-embed-note',
        '.hb-embed-open',
        '.hb-copy',
        '.hb-render-error',
        '.hb-progress',
        '.hb-home-sections small',
        '.hb-home > p > a',
        'track',
    ].join(', ');
    // Outside the article: what comes from the handbook (titles), not from the site.
    const CONTENT_OUTSIDE = [
        '.hb-brand',
        '.hb-nav .hb-nav-part-title:not([href$="glossary.html"])',
        '.hb-nav li li',
        '.hb-breadcrumbs li',
        '.hb-pager a > :not(.hb-pager-label)',
        '.hb-footer-title > :not(a)',
        '.hb-search-list',
        '.hb-lightbox-alt',
    ].join(', ');
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'label', 'value', 'aria-description'];

    function inArticle(element) {
        return !element.closest(SITE_WORDS_IN_CONTENT) && !!element.closest('article');
    }

    function isContent(element) {
        return inArticle(element) || (!element.closest(SITE_WORDS_IN_CONTENT) && !!element.closest(CONTENT_OUTSIDE));
    }

    function where(element) {
        const parts = [];
        for (let node = element; node && node !== document.body && parts.length < 3; node = node.parentElement) {
            let name = node.tagName.toLowerCase();
            if (node.id) name += `#${node.id}`;
            else if (node.classList.length) name += `.${[...node.classList].join('.')}`;
            parts.unshift(name);
        }
        return parts.join(' > ');
    }

    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style, template')) continue;
        // A pager link's label is the site's, the title beside it the handbook's; so is the footer's title.
        if (parent.matches('.hb-pager a, .hb-footer-title')) continue;
        if (isContent(parent)) continue;
        found.push({ text, where: where(parent) });
    }
    // Attributes: a title that marks an untranslated section's name is the site's though the name is not; inside
    // the article, and on the lightbox's image and dialog (named after the image), they are the handbook's.
    for (const element of document.body.querySelectorAll('*')) {
        if (element.matches('script, style, .hb-lightbox-figure img') || inArticle(element)) continue;
        const named = element.matches('dialog.hb-lightbox') ? ['title'] : ATTRIBUTES;
        for (const attribute of named) {
            const value = element.getAttribute(attribute);
            // A value is a word only on a button (elsewhere it is what the reader typed or chose).
            const shown = attribute !== 'value' || element.matches('button, input[type=button], input[type=submit]');
            if (value && value.trim() && shown) {
                found.push({ text: value.trim(), where: `${where(element)} [${attribute}]` });
            }
        }
    }
    return found;
}

/** The site's words once ``ready`` (a function run in the page) returns true, or after at most ``ms``. */
async function readWhen(page, ready, arg = null, ms = 3000) {
    if (ready) await page.waitForFunction(ready, arg, { timeout: ms, polling: 50 }).catch(() => {});
    return page.evaluate(collect);
}

/** A word the search can find: the longest of the title of a section this language has (linked from the page). */
async function findableWord(page) {
    return page.evaluate(() => {
        const link = document.querySelector('.hb-home-sections a') || document.querySelector('.hb-nav li li a');
        const words = link ? link.textContent.match(/[\p{L}\u02BB]{4,}/gu) || [] : [];
        return words.sort((a, b) => b.length - a.length)[0] || null;
    });
}

/** What the search is given: digits no page holds (then a word of a title), in no language's letters. */
const NOTHING = '7017017';

async function search(page, record, typed) {
    if (!(await page.$('input[type=search]'))) return false;
    await page.click('input[type=search]');
    await page.keyboard.type(NOTHING, { delay: 5 });
    typed.push(NOTHING);
    record(
        await readWhen(page, (nothing) => {
            const status = document.querySelector('.hb-search-status');
            return !!status && status.textContent.includes(nothing);
        }, NOTHING),
    );
    const word = await findableWord(page);
    if (word) {
        typed.push(word);
        const before = await page.evaluate(() => document.querySelector('.hb-search-status').textContent);
        await page.fill('input[type=search]', '');
        await page.click('input[type=search]');
        await page.keyboard.type(word, { delay: 5 });
        record(
            await readWhen(
                page,
                (old) => {
                    const now = (document.querySelector('.hb-search-status') || {}).textContent || '';
                    return now !== '' && now !== old;
                },
                before,
            ),
        );
    }
    await page.keyboard.press('Escape');
    return true;
}

async function quiz(page, record) {
    const form = await page.$('.hb-quiz form.hb-quiz-question');
    if (!form) return false;
    const check = await form.$('.hb-quiz-check');
    // The verdict is written a moment after the check: emptied first, it says when the new one is there.
    const checkAndRead = async () => {
        await form.evaluate((f) => {
            const verdict = f.querySelector('.hb-quiz-verdict');
            if (verdict) verdict.textContent = '';
        });
        await check.click();
        record(await readWhen(page, (f) => {
            const verdict = f.querySelector('.hb-quiz-verdict');
            return verdict && verdict.textContent !== '';
        }, form));
    };
    await checkAndRead();
    const wrong = await form.$('input:not([data-correct])');
    if (wrong) {
        await wrong.check();
        await checkAndRead();
    }
    const right = await form.$('input[data-correct]');
    if (right) {
        if (wrong && (await wrong.getAttribute('type')) === 'checkbox') await wrong.uncheck();
        await right.check();
        await checkAndRead();
    }
    return true;
}

async function copy(page, record) {
    const button = await page.$('.hb-copy');
    if (!button) return false;
    await button.click();
    record(await readWhen(page, () => !!document.querySelector('.hb-copy.hb-copied'), null, 1500));
    return true;
}

async function lightbox(page, record) {
    const link = await page.$('a.hb-gallery-link');
    if (!link) return false;
    await link.click();
    record(await readWhen(page, () => !!document.querySelector('dialog.hb-lightbox[open] .hb-lightbox-count')));
    await page.keyboard.press('Escape');
    return true;
}

export default async function probe(page) {
    const seen = new Map();
    const record = (words) => {
        for (const word of words) {
            const key = `${word.text}\u0000${word.where}`;
            if (!seen.has(key)) seen.set(key, word);
        }
    };
    record(await page.evaluate(collect));
    const steps = [];
    const unseen = [];
    const typed = [];
    for (const [name, step] of [
        ['search', search],
        ['quiz', quiz],
        ['copy', copy],
        ['lightbox', lightbox],
    ]) {
        (await step(page, record, typed) ? steps : unseen).push(name);
    }
    return {
        lang: await page.evaluate(() => document.documentElement.lang),
        steps,
        unseen,
        typed,
        words: [...seen.values()],
    };
}
