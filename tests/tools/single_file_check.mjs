#!/usr/bin/env node
// Open one self-contained HTML file (the single-file book) in headless Chromium with EVERY request refused except
// the file itself, and report what a reader would notice.
//
//   node tests/tools/single_file_check.mjs FILE.html [--screenshot OUT.png] [--json OUT.json]
//
// Report (JSON on stdout, and in OUT.json with --json):
//   requests      every request the page made besides loading itself, data: URLs excepted (all were refused)
//   pageErrors    uncaught exceptions; consoleErrors: console.error messages
//   headings      the text of every visible <h1> (section and part titles), in order
//   quiz          after choosing the right option of the first question and pressing its check button: whether
//                 the feedback shows and what it says
//   tabs          after clicking the second tab of the first tab set: whether its panel is visible and the
//                 first one hidden
//   gallery       after clicking the first gallery link: whether the lightbox dialog is open and its image is
//                 a data: URL that has loaded
// Exit status 0 when the check ran (the caller judges), 2 when it could not.

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', '..', 'package.json'));

function fail(message) {
    process.stderr.write(message + '\n');
    process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : null;
};
if (!file || !fs.existsSync(file)) {
    fail('usage: node tests/tools/single_file_check.mjs FILE.html [--screenshot OUT.png] [--json OUT.json]');
}

let chromium;
try {
    ({ chromium } = require('playwright-core'));
} catch (error) {
    fail('playwright-core is missing: run ./dev setup (npm packages)');
}

const url = pathToFileURL(path.resolve(file)).href;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const report = { file, requests: [], pageErrors: [], consoleErrors: [] };
try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await context.route('**/*', (route) => {
        const request = route.request();
        if (request.url() === url) {
            return route.continue();
        }
        return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('request', (request) => {
        const requested = request.url();
        if (requested !== url && !requested.startsWith('data:')) {
            report.requests.push({ url: requested.slice(0, 200), type: request.resourceType() });
        }
    });
    page.on('pageerror', (error) => report.pageErrors.push({ message: String(error.message || error) }));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            report.consoleErrors.push({ text: message.text().slice(0, 300) });
        }
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(300);
    if (option('--screenshot')) {
        await page.screenshot({ path: option('--screenshot') });
    }
    report.headings = await page.$$eval('h1', (nodes) =>
        nodes.filter((n) => n.getClientRects().length > 0).map((n) => n.textContent.trim())
    );

    report.quiz = await page.evaluate(async () => {
        const form = document.querySelector('form.hb-quiz-question');
        if (!form) return null;
        form.querySelector('input[data-correct]').click();
        form.querySelector('.hb-quiz-check').click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const feedback = form.querySelector('.hb-quiz-feedback');
        return { shown: !feedback.hidden, text: feedback.textContent.trim().slice(0, 80) };
    });

    const secondTab = page.locator('.tabbed-set .tabbed-labels > label:nth-child(2)').first();
    if (await secondTab.count()) {
        await secondTab.click();
        report.tabs = await page.evaluate(() => {
            const blocks = document.querySelectorAll('.tabbed-set')[0].querySelectorAll('.tabbed-block');
            const visible = (n) => n.getClientRects().length > 0;
            return { secondVisible: visible(blocks[1]), firstHidden: !visible(blocks[0]) };
        });
    }

    const galleryLink = page.locator('a.hb-gallery-link').first();
    if (await galleryLink.count()) {
        await galleryLink.click();
        await page.waitForTimeout(300);
        report.gallery = await page.evaluate(() => {
            const dialog = document.querySelector('dialog.hb-lightbox');
            const image = dialog && dialog.querySelector('img');
            return {
                open: Boolean(dialog && dialog.open),
                dataUrl: Boolean(image && image.src.startsWith('data:image/')),
                loaded: Boolean(image && image.complete && image.naturalWidth > 0),
            };
        });
    }
} finally {
    await browser.close();
}

const text = JSON.stringify(report, null, 1);
if (option('--json')) {
    fs.writeFileSync(option('--json'), text);
}
process.stdout.write(text + '\n');
