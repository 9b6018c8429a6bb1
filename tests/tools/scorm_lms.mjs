#!/usr/bin/env node
// Run an unpacked SCORM package the way an LMS does, with scorm-again as the LMS's runtime, in Debian's Chromium.
//
//   node tests/tools/scorm_lms.mjs PACKAGE_DIR --version 1.2|2004
//
// One loopback HTTP server (127.0.0.1, a free port) serves a small "LMS" page at /lms.html, scorm-again's browser
// bundle, and the package under /pkg/ (one origin: from file:// Chromium would keep the SCO from reaching the API).
// Three runs, each in its own page, with page errors and console errors collected per run:
//   lms      lms.html sets window.API (1.2) or window.API_1484_11 (2004) and opens /pkg/launch.html in an iframe;
//            the reader follows the "next" links from the home page to the last page, and on every page with a
//            quiz answers its first question right and any other wrong, then the LMS unloads the SCO (the iframe
//            goes to about:blank, as an LMS does when the learner leaves)
//   alone    /pkg/launch.html opened by itself over http (no LMS anywhere), two pages and a quiz check
//   file     the same from file:// (the package opened from a folder)
// Report (JSON on stdout): {lms: {calls: [[name, element, value]], values: {element: last value set},
// initialized, terminated, visited: [paths], answered: {right, wrong}, errors}, alone: {errors}, file: {errors}}.
// Exit 0 whenever the runs happened (the caller judges the report), 2 when they could not.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const TIMEOUT_MS = 10_000;
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.webp': 'image/webp',
    '.jpg': 'image/jpeg',
    '.ogg': 'audio/ogg',
    '.mp4': 'video/mp4',
    '.vtt': 'text/vtt',
    '.xml': 'application/xml',
};

function fail(message) {
    process.stderr.write(message + '\n');
    process.exit(2);
}

const args = process.argv.slice(2);
const packageDir = args[0] && path.resolve(args[0]);
const version = args[args.indexOf('--version') + 1];
if (!packageDir || !fs.existsSync(path.join(packageDir, 'launch.html')) || !['1.2', '2004'].includes(version)) {
    fail('usage: node tests/tools/scorm_lms.mjs PACKAGE_DIR --version 1.2|2004 (PACKAGE_DIR holds launch.html)');
}
const bundle = path.join(REPO, 'node_modules', 'scorm-again', 'dist', version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js');
if (!fs.existsSync(bundle)) {
    fail(`${bundle} is missing: run ./dev setup (npm packages)`);
}
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const NAMES =
    version === '1.2'
        ? { api: 'API', cls: 'Scorm12API', init: 'LMSInitialize', set: 'LMSSetValue', commit: 'LMSCommit', end: 'LMSFinish' }
        : { api: 'API_1484_11', cls: 'Scorm2004API', init: 'Initialize', set: 'SetValue', commit: 'Commit', end: 'Terminate' };

const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again.js"></script>
<script>
window.calls = [];
window.values = {};
window.${NAMES.api} = new ${NAMES.cls}({ autocommit: false });
['${NAMES.init}', '${NAMES.commit}', '${NAMES.end}'].forEach(function (name) {
    window.${NAMES.api}.on(name, function () { calls.push([name]); });
});
window.${NAMES.api}.on('${NAMES.set}', function (element, value) {
    calls.push(['${NAMES.set}', element, String(value)]);
    values[element] = String(value);
});
</script></head><body>
<iframe id="sco" title="SCO" src="/pkg/launch.html" style="width:1200px;height:800px;border:0"></iframe>
</body></html>`;

function serve() {
    const server = http.createServer((request, response) => {
        const url = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
        let file = null;
        let body = null;
        if (url === '/lms.html') {
            body = LMS_PAGE;
        } else if (url === '/scorm-again.js') {
            file = bundle;
        } else if (url.startsWith('/pkg/')) {
            file = path.join(packageDir, url.slice('/pkg/'.length));
            if (!file.startsWith(packageDir + path.sep)) {
                file = null;
            }
        }
        if (body === null && (!file || !fs.existsSync(file) || !fs.statSync(file).isFile())) {
            response.writeHead(url === '/favicon.ico' ? 204 : 404);
            response.end();
            return;
        }
        const type = TYPES[path.extname(file || url)] || 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(body === null ? fs.readFileSync(file) : body);
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function collectErrors(page) {
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') {
            errors.push(`console error: ${message.text()} (${message.location().url})`);
        }
    });
    return errors;
}

/* Answer every question of the page: the first right, the others wrong; returns how many of each. */
async function answerQuizzes(frame) {
    return frame.evaluate(() => {
        const forms = Array.from(document.querySelectorAll('form.hb-quiz-question'));
        let right = 0;
        let wrong = 0;
        forms.forEach((form, index) => {
            const inputs = Array.from(form.querySelectorAll('input[type="radio"], input[type="checkbox"]'));
            inputs.forEach((input) => {
                input.checked = false;
            });
            if (index === 0) {
                inputs.filter((input) => input.hasAttribute('data-correct')).forEach((input) => {
                    input.checked = true;
                });
                right += 1;
            } else {
                const bad = inputs.find((input) => !input.hasAttribute('data-correct'));
                if (bad) {
                    bad.checked = true;
                }
                wrong += 1;
            }
            form.querySelector('.hb-quiz-check').click();
        });
        return { right, wrong };
    });
}

async function pathOf(frame, base) {
    return decodeURIComponent(frame.url().slice(base.length).split('#')[0]);
}

/* Follow the pager's "next" link until the last page; visit(frame) runs on every page, the first included. */
async function readOn(frame, visit, limit = 200) {
    for (let step = 0; step < limit; step += 1) {
        await frame.waitForLoadState('load');
        await visit(frame);
        const next = await frame.$('a.hb-next');
        if (!next) {
            return;
        }
        const target = new URL(await next.getAttribute('href'), frame.url()).href;
        await next.click();
        await frame.waitForURL((url) => url.href.split('#')[0] === target.split('#')[0], { timeout: TIMEOUT_MS });
    }
}

async function lmsRun(context, origin) {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const report = { errors, visited: [], answered: { right: 0, wrong: 0 } };
    await page.goto(`${origin}/lms.html`);
    const shell = page.frames().find((frame) => frame.url().endsWith('/pkg/launch.html'));
    await shell.waitForLoadState('load');
    const content = shell.childFrames()[0];
    const base = `${origin}/pkg/`;
    await readOn(content, async (frame) => {
        report.visited.push(await pathOf(frame, base));
        const answered = await answerQuizzes(frame);
        report.answered.right += answered.right;
        report.answered.wrong += answered.wrong;
    });
    // The last page's report reaches the shell by postMessage: wait until the LMS has it.
    const last = report.visited[report.visited.length - 1];
    const location = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
    await page
        .waitForFunction(([element, value]) => window.values[element] === value, [location, last], { timeout: TIMEOUT_MS })
        .catch(() => errors.push(`the LMS never got ${location} = ${last}`));
    report.beforeUnload = await page.evaluate((api) => ({ terminated: window[api].isTerminated() }), NAMES.api);
    await page.evaluate(() => {
        document.getElementById('sco').src = 'about:blank';
    });
    await page
        .waitForFunction((api) => window[api].isTerminated(), NAMES.api, { timeout: TIMEOUT_MS })
        .catch(() => errors.push('the SCO did not terminate when it was unloaded'));
    Object.assign(
        report,
        await page.evaluate(
            (api) => ({
                calls: window.calls,
                values: window.values,
                initialized: window.calls.some((call) => call[0] === 'LMSInitialize' || call[0] === 'Initialize'),
                terminated: window[api].isTerminated(),
            }),
            NAMES.api
        )
    );
    await page.close();
    return report;
}

/* The package without an LMS: the launch page, a step or two, a quiz check. */
async function aloneRun(context, launchUrl) {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(launchUrl);
    await page.waitForLoadState('load');
    const content = page.frames().find((frame) => frame !== page.mainFrame());
    if (!content) {
        errors.push('the launch page shows no frame');
    } else {
        await readOn(
            content,
            async (frame) => {
                await answerQuizzes(frame);
            },
            3
        );
    }
    await page.waitForTimeout(200); // let the verdicts (shown after 60 ms) and any late error come
    await page.close();
    return { errors };
}

async function main() {
    const server = await serve();
    const origin = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        context.setDefaultTimeout(TIMEOUT_MS);
        const report = {
            lms: await lmsRun(context, origin),
            alone: await aloneRun(context, `${origin}/pkg/launch.html`),
            file: await aloneRun(context, pathToFileURL(path.join(packageDir, 'launch.html')).href),
        };
        process.stdout.write(JSON.stringify(report, null, 1) + '\n');
    } finally {
        await browser.close();
        server.close();
    }
}

main().catch((error) => fail(`scorm_lms.mjs failed: ${error.stack || error}`));
