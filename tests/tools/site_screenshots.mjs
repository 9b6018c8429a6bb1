#!/usr/bin/env node
// Screenshots of an exported site for the README, made the way a reader sees it: opened from file:// in Debian's
// headless Chromium with every request off the machine refused.
//
//   node tests/tools/site_screenshots.mjs SITE_DIR OUT_DIR
//
// Export the sample handbook first (`handbook export resources/sample-handbook -o SITE_DIR`). Writes into OUT_DIR:
//   site-section-desktop.png  en/01-blended-learning.html 1280 px wide, from the top down to its figure: header
//                             with the search box, sidebar, breadcrumbs, text, table, figure with its caption
//   site-section-360.png      the same page on a 360 px wide phone, at its quiz, answered (one viewport)
//   site-search-ru.png        ru/01-blended-learning.html with the results for «лабораторией» open (one viewport)
// The figure and the quiz of the page are too far apart for one picture of a sensible size, hence one each.
// When ImageMagick's `convert` is there (./dev setup installs it), each picture is reduced to 256 colours, which
// looks the same for these flat pages and makes the files a half to a third as big.
// Exit status 0, or 2 when something is missing or a page has a script error.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ARGS = [...CHROMIUM_ARGS, '--hide-scrollbars'];
const SECTION = 'en/01-blended-learning.html';
const SEARCH_PAGE = 'ru/01-blended-learning.html';
const SEARCH_QUERY = 'лабораторией';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(context, siteDir, rel, viewport) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const problems = [];
    page.on('pageerror', (error) => problems.push(`${rel}: ${error.message}`));
    await page.goto(pathToFileURL(path.join(siteDir, ...rel.split('/'))).href, { waitUntil: 'load' });
    return { page, problems };
}

/** Every image in the page loaded (they are lazy: scroll each into view first). */
async function loadImages(page) {
    await page.evaluate(async () => {
        for (const img of document.querySelectorAll('img')) {
            img.loading = 'eager';
        }
        await Promise.all(
            [...document.images].map((img) =>
                img.complete ? null : new Promise((resolve) => img.addEventListener('load', resolve, { once: true })),
            ),
        );
    });
}

/** Scroll (at once, not smoothly) so that `selector` starts `offset` px below the top of the window. */
async function scrollTo(page, selector, offset) {
    await page.evaluate(
        ({ selector, offset }) => {
            const el = document.querySelector(selector);
            window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - offset, behavior: 'instant' });
        },
        { selector, offset },
    );
    await sleep(100);
}

/** The bottom of `selector` in page coordinates. */
async function bottomOf(page, selector) {
    return page.evaluate((selector) => {
        const box = document.querySelector(selector).getBoundingClientRect();
        return Math.ceil(box.bottom + window.scrollY);
    }, selector);
}

/** A 256-colour PNG of `file`, in place, when ImageMagick is there; false when it is not. */
function shrink(file) {
    try {
        execFileSync('convert', [file, '+dither', '-colors', '256', `PNG8:${file}`], { stdio: 'ignore' });
        return true;
    } catch {
        return false;
    }
}

async function answerQuiz(page) {
    await page.check('.hb-quiz input[data-correct]');
    await page.click('.hb-quiz .hb-quiz-check');
    await page.waitForFunction(() => {
        const verdict = document.querySelector('.hb-quiz .hb-quiz-verdict');
        return verdict && verdict.textContent.trim() !== '';
    });
}

async function main() {
    const [siteArg, outArg] = process.argv.slice(2);
    if (!siteArg || !outArg) {
        process.stderr.write('usage: node tests/tools/site_screenshots.mjs SITE_DIR OUT_DIR\n');
        return 2;
    }
    const siteDir = path.resolve(siteArg);
    const outDir = path.resolve(outArg);
    for (const rel of [SECTION, SEARCH_PAGE]) {
        if (!fs.existsSync(path.join(siteDir, rel))) {
            process.stderr.write(`site_screenshots: ${rel} is not in ${siteDir}: export the sample handbook there\n`);
            return 2;
        }
    }
    fs.mkdirSync(outDir, { recursive: true });
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-screenshots-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath(),
        headless: true,
        args: ARGS,
        colorScheme: 'light',
        locale: 'en-US',
        deviceScaleFactor: 1,
        serviceWorkers: 'block',
    });
    const problems = [];
    try {
        await context.route('**/*', (route) =>
            route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient'),
        );

        // The section page on a desktop, from the top of the page down to its figure's caption.
        let shot = await open(context, siteDir, SECTION, { width: 1280, height: 900 });
        await loadImages(shot.page);
        const height = (await bottomOf(shot.page, '.hb-article figure')) + 32;
        await shot.page.setViewportSize({ width: 1280, height });
        await shot.page.screenshot({ path: path.join(outDir, 'site-section-desktop.png') });
        problems.push(...shot.problems);
        await shot.page.close();

        // The same page on a phone, at its quiz, answered.
        shot = await open(context, siteDir, SECTION, { width: 360, height: 740 });
        await loadImages(shot.page);
        await answerQuiz(shot.page);
        await scrollTo(shot.page, '.hb-quiz', 16);
        await shot.page.screenshot({ path: path.join(outDir, 'site-section-360.png') });
        problems.push(...shot.problems);
        await shot.page.close();

        // Russian search: typed into the box, the results open under it.
        shot = await open(context, siteDir, SEARCH_PAGE, { width: 1280, height: 800 });
        await shot.page.click('input[type=search]');
        await shot.page.keyboard.type(SEARCH_QUERY, { delay: 20 });
        await shot.page.waitForSelector('[data-search-results] a', { state: 'visible' });
        await sleep(500); // the debounced answer to the whole word
        await shot.page.screenshot({ path: path.join(outDir, 'site-search-ru.png') });
        problems.push(...shot.problems);
        await shot.page.close();
    } finally {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
    for (const name of ['site-section-desktop.png', 'site-section-360.png', 'site-search-ru.png']) {
        if (!shrink(path.join(outDir, name))) {
            process.stderr.write(`site_screenshots: ImageMagick's convert is missing: ${name} keeps all colours\n`);
        }
    }
    for (const problem of problems) process.stderr.write(`site_screenshots: script error on ${problem}\n`);
    return problems.length ? 2 : 0;
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        process.stderr.write(`site_screenshots: ${error.stack ?? error}\n`);
        process.exitCode = 2;
    },
);
