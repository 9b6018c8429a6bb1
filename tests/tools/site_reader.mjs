// What a reader does on a few pages of an exported site: an --eval-file module for site_audit.mjs.
//
//   node tests/tools/site_audit.mjs SITE_DIR --pages ru/01-blended-learning.html,index.html \
//        --eval-file tests/tools/site_reader.mjs [--locale ru-RU]
//
// It runs in site_audit's browser, so every request off the machine stays refused, and returns per page:
//   <lang>/01-blended-learning.html  search: types the query of that language (SEARCHES) into the search box with
//                 real keystrokes and returns the results as the reader sees them, then opens the first result in
//                 a new tab and says where it landed: {query, status, results: [{href, url, title, where}],
//                 outside (links not inside [data-search-results]), opened: {url, lang, h1, exists}}
//   bg/01-blended-learning.html  also quiz: the first quiz answered with the keyboard only (a click on the quiz's
//                 title sets where Tab starts, as a reader's click would; then Tab to an option, Space, Tab to the
//                 check button, Enter; then the right answer with the arrow keys, Tab, Enter)
//   */06-virtual-labs.html  embed: what the embedded simulation shows from file:// (its offline fallback image)
//   index.html    chooser: where a new tab of this browser is sent from index.html, and whether index.html?choose
//                 stays (run with --locale ru-RU for a reader whose browser speaks Russian)
// Tabs opened here are not audited pages: site_audit refuses their requests off the machine as well and lists
// them in the report's unattributedRequests.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEARCHES = {
    ru: 'лабораторией',
    bg: 'лабораториите',
    en: 'gamified',
    kk: 'геймифик',
    uz: 'teska',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A file: URL as a path relative to the site (null when it is not a file of the site). */
function siteRelative(siteDir, url) {
    try {
        const file = fileURLToPath(url.split('#')[0].split('?')[0]);
        const rel = path.relative(siteDir, file);
        return rel.startsWith('..') ? null : rel.split(path.sep).join('/');
    } catch {
        return null;
    }
}

async function readResults(page) {
    return page.evaluate(() => {
        const box = document.querySelector('[data-search-results]');
        const status = box && box.querySelector('.hb-search-status');
        const links = [...document.querySelectorAll('.hb-search-list a, [data-search-results] a')];
        return {
            visible: !!box && !box.hidden && box.getBoundingClientRect().height > 0,
            status: status ? status.textContent : null,
            results: [...(box ? box.querySelectorAll('a') : [])].map((a) => ({
                href: a.getAttribute('href'),
                url: a.href,
                title: a.textContent.trim(),
                where: (a.parentElement.querySelector('.hb-search-where') || {}).textContent || null,
            })),
            outside: links.filter((a) => !a.closest('[data-search-results]')).length,
        };
    });
}

async function search(page, info, lang) {
    const query = SEARCHES[lang];
    await page.click('input[type=search]');
    await page.keyboard.type(query, { delay: 15 });
    // Results for a partly typed word may show first: wait until what is shown stays the same for a while.
    let last = null;
    let seen = null;
    const end = Date.now() + 5000;
    while (Date.now() < end) {
        await sleep(200);
        seen = await readResults(page);
        const key = JSON.stringify(seen);
        if (key === last && seen.results.length) break;
        last = key;
    }
    const result = { query, value: await page.inputValue('input[type=search]'), ...seen, opened: null };
    if (seen.results.length) {
        const tab = await page.context().newPage();
        try {
            await tab.goto(seen.results[0].url, { waitUntil: 'load' });
            const file = siteRelative(info.siteDir, tab.url());
            result.opened = {
                url: file,
                exists: file !== null && fs.existsSync(path.join(info.siteDir, file)),
                lang: await tab.evaluate(() => document.documentElement.lang),
                h1: await tab.evaluate(() => (document.querySelector('h1') || {}).textContent || null),
            };
        } finally {
            await tab.close();
        }
    }
    return result;
}

async function tabUntil(page, predicate, limit) {
    for (let presses = 1; presses <= limit; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return presses;
    }
    return null;
}

async function readQuiz(page) {
    // The verdict is written a moment after the check (so that the same verdict twice is announced twice).
    await page
        .waitForFunction(() => {
            const verdict = document.querySelector('.hb-quiz .hb-quiz-verdict');
            return verdict && verdict.textContent.trim() !== '';
        }, null, { timeout: 3000 })
        .catch(() => {});
    return page.evaluate(() => {
        const quiz = document.querySelector('.hb-quiz');
        const feedback = quiz.querySelector('.hb-quiz-feedback');
        const verdict = quiz.querySelector('.hb-quiz-verdict');
        const checked = quiz.querySelector('input:checked');
        return {
            checked: checked ? checked.closest('label').textContent.trim() : null,
            checkedIsCorrect: checked ? checked.hasAttribute('data-correct') : null,
            feedbackShown: !!feedback && !feedback.hidden && feedback.getBoundingClientRect().height > 0,
            feedbackRole: feedback && feedback.getAttribute('role'),
            feedbackLive: feedback && feedback.getAttribute('aria-live'),
            verdict: verdict ? verdict.textContent.trim() : null,
            correctText: quiz.getAttribute('data-correct-text'),
            incorrectText: quiz.getAttribute('data-incorrect-text'),
            focused: document.activeElement ? document.activeElement.className || document.activeElement.type : null,
        };
    });
}

async function quiz(page) {
    const isOption = () =>
        document.activeElement.matches('.hb-quiz input[type=radio], .hb-quiz input[type=checkbox]');
    const isCheck = () => document.activeElement.matches('.hb-quiz .hb-quiz-check');
    await page.click('.hb-quiz .hb-quiz-title');
    const tabsToOption = await tabUntil(page, isOption, 10);
    if (tabsToOption === null) return { error: 'Tab never reached an option of the quiz' };
    await page.keyboard.press('Space');
    const tabsToCheck = await tabUntil(page, isCheck, 5);
    if (tabsToCheck === null) return { error: 'Tab never reached the check button' };
    await page.keyboard.press('Enter');
    const first = await readQuiz(page);
    // Back to the options, the arrow keys to the right answer, then check again.
    await page.keyboard.press('Shift+Tab');
    const backOnOption = await page.evaluate(isOption);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabUntil(page, isCheck, 5);
    await page.evaluate(() => {
        document.querySelector('.hb-quiz .hb-quiz-verdict').textContent = '';
    });
    await page.keyboard.press('Enter');
    const second = await readQuiz(page);
    return { tabsToOption, tabsToCheck, backOnOption, first, second };
}

async function embed(page) {
    const figure = page.locator('figure.hb-embed').first();
    await figure.scrollIntoViewIfNeeded();
    await page
        .waitForFunction(() => {
            const img = document.querySelector('figure.hb-embed img');
            return img && img.complete;
        }, null, { timeout: 5000 })
        .catch(() => {});
    return page.evaluate(() => {
        const fig = document.querySelector('figure.hb-embed');
        const img = fig.querySelector('img');
        const box = img ? img.getBoundingClientRect() : null;
        return {
            src: fig.getAttribute('data-embed-src'),
            iframes: fig.querySelectorAll('iframe').length,
            image: img && {
                src: img.currentSrc,
                loaded: img.complete && img.naturalWidth > 0,
                visible: img.checkVisibility() && box.width > 0 && box.height > 0,
                alt: img.alt,
            },
            note: (fig.querySelector('.hb-embed-note') || {}).textContent || null,
        };
    });
}

async function chooser(page, info) {
    const tab = await page.context().newPage();
    try {
        const languages = await tab.evaluate(() => [...navigator.languages]);
        await tab.goto(info.url, { waitUntil: 'commit' });
        const sentTo = await tab
            .waitForURL((url) => url.href !== info.url, { timeout: 5000 })
            .then(() => tab.url())
            .catch(() => tab.url());
        await tab.waitForLoadState('load');
        const landed = {
            url: siteRelative(info.siteDir, sentTo),
            lang: await tab.evaluate(() => document.documentElement.lang),
        };
        await tab.goto(`${info.url}?choose`, { waitUntil: 'load' });
        await sleep(500); // time enough for a redirect to start
        const stayed = {
            url: siteRelative(info.siteDir, tab.url()),
            query: new URL(tab.url()).search,
            choices: await tab.$$eval('ul.hb-chooser-list a[hreflang]', (links) =>
                links.map((a) => a.getAttribute('hreflang')),
            ),
        };
        return { languages, landed, stayed };
    } finally {
        await tab.close();
    }
}

export default async function read(page, info) {
    const out = {};
    const [folder, name] = info.path.includes('/') ? info.path.split('/') : [null, info.path];
    if (info.path === 'index.html') out.chooser = await chooser(page, info);
    if (info.path === 'bg/01-blended-learning.html') out.quiz = await quiz(page);
    if (name === '06-virtual-labs.html') out.embed = await embed(page);
    if (name === '01-blended-learning.html' && folder in SEARCHES) out.search = await search(page, info, folder);
    return out;
}
