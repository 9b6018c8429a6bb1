#!/usr/bin/env node
// Judge an exported website the way a reader's browser sees it, opened from file:// with the network refused.
//
//   node tests/tools/site_audit.mjs SITE_DIR [--pages a.html,b/c.html] [--json OUT] [--eval-file FILE]
//                                   [--jobs N] [--color-scheme light|dark] [--viewport WIDTHxHEIGHT]
//                                   [--locale ru-RU]
//
// One headless Chromium (Debian's: $CHROMIUM or /usr/bin/chromium; never a downloaded one) with one context and a
// fresh temporary profile, whose language is en-US (--locale sets another: navigator.languages, Accept-Language).
// Every *.html under SITE_DIR (or only the --pages, relative to SITE_DIR) is opened by its file:// URL, and for each
// page the report records:
//   violations       axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa): [{id, impact, nodes, help, targets, html}]
//   consoleErrors    console.error messages: [{text, url, line}] (failed loads are reported below instead)
//   pageErrors       uncaught exceptions and rejections: [{message, stack}]
//   blockedRequests  requests to anything but file: (refused, so nothing leaves the machine): [{url, type}]
//   failedRequests   file: requests that failed (a stylesheet, script, font or image that is not there)
//   brokenLinks      href/src/srcset/poster (and meta refresh) URLs in the DOM after load that do not resolve to a
//                    file inside SITE_DIR, or whose #anchor names no id in the target page: [{tag, attr, value,
//                    target, reason}]
//   navigations      main-frame navigations the page started by itself (e.g. a language redirect); they are
//                    refused so that the page that was asked for is the one audited
//   warnings         the audit saw only part of the page (a redirect started while it was being parsed)
//   lang, title, media ([{tag, sources, tracks: [{kind, srclang, src, label}]}], URLs relative to SITE_DIR)
//   eval / evalError the --eval-file result for that page, timeMs, loadError when the page could not be audited
// The JSON report goes to stdout, and also to OUT with --json. Exit status: 0 whenever the audit ran (the
// caller judges the report), 2 when it could not run (bad arguments, no site, no browser, no axe-core).
//
// --eval-file FILE runs after the checks on every page, and its result (JSON-serialisable) lands in `eval`:
//   FILE.js (anything but .mjs): the body of an async function run inside the page (`return ...` gives the
//     result), with two helpers in scope: `sleep(ms)` and `waitFor(predicate, timeoutMs = 3000)`;
//   FILE.mjs: an ES module whose default export `async (page, {url, path, siteDir}) => result` runs in node with
//     the Playwright page, for real keystrokes (`await page.fill('input[type=search]', 'лабораторией')`).
// Anchors: an #id must exist in the target page as published (parsed without running its scripts); for a link to
// the same page an id that the page's own scripts created counts too. `#` and `#top` are the top of the page.
// Links to http(s), mailto: and data: URLs are not checked (they make no request unless loaded, and a loaded one
// is a refused request). A link to a folder is broken: from file:// the browser shows no index.html for it.
//
// Fidelity: the page runs as a reader's would. Its own Content-Security-Policy stays in force (axe-core is
// evaluated through the DevTools protocol, not added as a <script>), file:// keeps its usual restrictions (no
// fetch/XHR of other files), and a redirect the page starts is refused and recorded. --jobs N (default 2) audits
// N pages at a time in tabs of the one context. Top-level report fields: site, browser, axe, tags, colorScheme,
// locale, pages {relative path: result}, unattributedRequests (refused requests of no audited page, e.g. of a tab
// that an --eval-file module opened itself), durationMs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { AXE_TAGS, runAxe } from '../../resources/validation/axe_run.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const USAGE =
    'usage: node tests/tools/site_audit.mjs SITE_DIR [--pages a.html,b.html] [--json OUT] [--eval-file FILE]\n' +
    '                                      [--jobs N] [--color-scheme light|dark] [--viewport WIDTHxHEIGHT]\n' +
    '                                      [--locale ru-RU]';
const PAGE_TIMEOUT_MS = 30_000;
const AXE_TIMEOUT_MS = 60_000;

class UsageError extends Error {}

function parseArgs(argv) {
    const opts = {
        site: null,
        pages: [],
        json: null,
        evalFile: null,
        jobs: 2,
        colorScheme: 'light',
        viewport: null,
        locale: 'en-US',
    };
    const takesValue = new Set([
        '--pages',
        '--json',
        '--eval-file',
        '--jobs',
        '--color-scheme',
        '--viewport',
        '--locale',
    ]);
    for (let i = 0; i < argv.length; i++) {
        let arg = argv[i];
        let value = null;
        if (arg.startsWith('--') && arg.includes('=')) {
            [arg, value] = [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
        }
        if (arg === '-h' || arg === '--help') throw new UsageError('');
        if (takesValue.has(arg)) {
            if (value === null) {
                if (i + 1 >= argv.length) throw new UsageError(`${arg} needs a value`);
                value = argv[++i];
            }
        } else if (arg.startsWith('-')) {
            throw new UsageError(`unknown option ${arg}`);
        }
        switch (arg) {
            case '--pages':
                opts.pages.push(...value.split(',').map((p) => p.trim()).filter(Boolean));
                break;
            case '--json':
                opts.json = value;
                break;
            case '--eval-file':
                opts.evalFile = value;
                break;
            case '--jobs':
                opts.jobs = Number.parseInt(value, 10);
                if (!(opts.jobs >= 1 && opts.jobs <= 8)) throw new UsageError('--jobs takes a number from 1 to 8');
                break;
            case '--color-scheme':
                if (!['light', 'dark'].includes(value)) throw new UsageError('--color-scheme is light or dark');
                opts.colorScheme = value;
                break;
            case '--viewport': {
                const m = /^(\d+)x(\d+)$/.exec(value);
                if (!m) throw new UsageError('--viewport is WIDTHxHEIGHT, e.g. 360x740');
                opts.viewport = { width: Number(m[1]), height: Number(m[2]) };
                break;
            }
            case '--locale':
                if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) {
                    throw new UsageError('--locale is a language tag, e.g. ru-RU');
                }
                opts.locale = value;
                break;
            default:
                if (opts.site !== null) throw new UsageError(`unexpected argument ${arg}`);
                opts.site = arg;
        }
    }
    if (opts.site === null) throw new UsageError('SITE_DIR is missing');
    return opts;
}

/** Every *.html file under dir, as sorted POSIX paths relative to dir. */
function findPages(dir) {
    const found = [];
    const walk = (sub) => {
        for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
            const rel = sub ? `${sub}/${entry.name}` : entry.name;
            if (entry.isDirectory()) walk(rel);
            else if (entry.isFile() && /\.html?$/i.test(entry.name)) found.push(rel);
        }
    };
    walk('');
    return found.sort();
}

/** file: URL -> POSIX path relative to the site (null when outside it). */
function siteRelative(siteDir, filePath) {
    const rel = path.relative(siteDir, filePath);
    if (rel === '') return '.';
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    return rel.split(path.sep).join('/');
}

function firstLines(text, n) {
    return String(text ?? '').split('\n').slice(0, n).join('\n');
}

function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ------------------------------------------------------------------------------------------- in the page ---

function fileExists(url) {
    try {
        return fs.statSync(fileURLToPath(url.split('#')[0].split('?')[0])).isFile();
    } catch {
        return false;
    }
}

/** Runs in the page: every URL the DOM points at, the ids, lang, title and media (with absolute URLs). */
function collectDom() {
    const abs = (value) => {
        try {
            return new URL(value, document.baseURI).href;
        } catch {
            return null;
        }
    };
    // The HTML "parse a srcset attribute" algorithm, reduced to the URLs.
    const srcsetUrls = (value) => {
        const urls = [];
        let i = 0;
        while (i < value.length) {
            while (i < value.length && /[\s,]/.test(value[i])) i++;
            if (i >= value.length) break;
            let start = i;
            while (i < value.length && !/\s/.test(value[i])) i++;
            let url = value.slice(start, i);
            let ended = false;
            while (url.endsWith(',')) {
                url = url.slice(0, -1);
                ended = true;
            }
            if (url) urls.push(url);
            if (!ended) {
                // Skip the descriptors up to the next comma that is not inside parentheses.
                let depth = 0;
                while (i < value.length && !(value[i] === ',' && depth === 0)) {
                    if (value[i] === '(') depth++;
                    else if (value[i] === ')') depth = Math.max(0, depth - 1);
                    i++;
                }
            }
        }
        return urls;
    };
    const links = [];
    const describe = (el) => {
        const id = el.id ? `#${el.id}` : '';
        return `${el.localName}${id}`;
    };
    for (const el of document.querySelectorAll('[href], [src], [srcset], [poster], [data], [action]')) {
        for (const attr of ['href', 'src', 'poster', 'data', 'action']) {
            if (!el.hasAttribute(attr)) continue;
            if (attr === 'data' && el.localName !== 'object') continue;
            if (attr === 'action' && el.localName !== 'form') continue;
            const value = el.getAttribute(attr);
            links.push({ tag: describe(el), attr, value, url: abs(value) });
        }
        if (el.hasAttribute('srcset')) {
            for (const value of srcsetUrls(el.getAttribute('srcset'))) {
                links.push({ tag: describe(el), attr: 'srcset', value, url: abs(value) });
            }
        }
    }
    for (const el of document.querySelectorAll('svg [*|href]')) {
        if (el.hasAttribute('href')) continue; // seen above
        const value = el.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
        if (value) links.push({ tag: describe(el), attr: 'xlink:href', value, url: abs(value) });
    }
    for (const el of document.querySelectorAll('meta[http-equiv]')) {
        if (el.getAttribute('http-equiv').toLowerCase() !== 'refresh') continue;
        const m = /url\s*=\s*['"]?([^'"]+)/i.exec(el.getAttribute('content') || '');
        if (m) links.push({ tag: 'meta[http-equiv=refresh]', attr: 'content', value: m[1], url: abs(m[1]) });
    }
    const media = [...document.querySelectorAll('video, audio')].map((el) => ({
        tag: el.localName,
        sources: [el.getAttribute('src'), ...[...el.querySelectorAll('source')].map((s) => s.getAttribute('src'))]
            .filter(Boolean)
            .map(abs),
        tracks: [...el.querySelectorAll('track')].map((t) => ({
            kind: t.getAttribute('kind') || 'subtitles',
            srclang: t.getAttribute('srclang'),
            src: t.hasAttribute('src') ? abs(t.getAttribute('src')) : null,
            label: t.getAttribute('label'),
        })),
    }));
    return {
        url: document.URL,
        lang: document.documentElement.getAttribute('lang'),
        title: document.title,
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
        elements: document.getElementsByTagName('*').length,
        links,
        media,
    };
}

/** Runs in the page: the ids of an HTML text parsed without running it. */
function parseIds(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('[id]')].map((el) => el.id);
}

/** Runs in the page: how many elements an HTML text has, parsed without running it. */
function countElements(html) {
    return new DOMParser().parseFromString(html, 'text/html').getElementsByTagName('*').length;
}

// ------------------------------------------------------------------------------------------------ audit ---

const IN_PAGE_HELPERS = `
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (predicate, timeoutMs = 3000) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const value = await predicate();
        if (value) return value;
        if (Date.now() > end) throw new Error('waitFor: condition not met within ' + timeoutMs + ' ms');
        await sleep(25);
    }
};`;

async function loadEvaluator(evalFile) {
    if (!evalFile) return null;
    const file = path.resolve(evalFile);
    if (/\.mjs$/i.test(file)) {
        const mod = await import(pathToFileURL(file).href);
        if (typeof mod.default !== 'function') throw new Error(`${evalFile}: no default export function`);
        return (page, info) => mod.default(page, info);
    }
    const body = fs.readFileSync(file, 'utf8');
    const expression = `(async () => {${IN_PAGE_HELPERS}\n${body}\n})()`;
    return (page) => page.evaluate(expression);
}

class Auditor {
    constructor(siteDir, context, axeSource, evaluator) {
        this.siteDir = siteDir;
        this.context = context;
        this.axeSource = axeSource;
        this.evaluator = evaluator;
        this.records = new Map(); // Playwright page -> record of the page being audited in it
        this.unattributed = []; // refused requests that belong to no page being audited
        this.idCache = new Map(); // absolute file path -> Promise<Set<id>>
        this.barriers = 0;
    }

    async install() {
        await this.context.route('**/*', (route) => this.onRoute(route));
        if (typeof this.context.routeWebSocket === 'function') {
            await this.context.routeWebSocket(/.*/, (ws) => {
                this.unattributed.push({ url: ws.url(), type: 'websocket' });
                ws.close();
            });
        }
    }

    recordFor(request) {
        try {
            return this.records.get(request.frame().page()) ?? null;
        } catch {
            return null; // a service worker's request, or a frame already gone
        }
    }

    onRoute(route) {
        const request = route.request();
        const url = request.url();
        const record = this.recordFor(request);
        if (!url.startsWith('file:')) {
            const entry = { url, type: request.resourceType() };
            (record ? record.blockedRequests : this.unattributed).push(entry);
            return route.abort('blockedbyclient');
        }
        if (
            record &&
            request.isNavigationRequest() &&
            request.frame() === record.page.mainFrame() &&
            url.split('#')[0] !== record.url
        ) {
            // The page sends the reader elsewhere (a language redirect): keep auditing the page that was asked for.
            record.navigations.push(url);
            return route.abort('aborted');
        }
        return route.continue();
    }

    /** Wait until every console message the page logged so far has reached the handlers (they lag behind). */
    async flushConsole(page, record) {
        const tag = `site-audit-barrier-${++this.barriers}`;
        const seen = new Promise((resolve) => {
            record.barrier = { tag, resolve };
        });
        try {
            await page.evaluate((text) => console.debug(text), tag);
            await withTimeout(seen, 2000, 'console barrier');
        } catch {
            // The page is gone or never answered: report what arrived.
        }
    }

    async watch(page) {
        if (typeof page.routeWebSocket === 'function') {
            await page.routeWebSocket(/.*/, (ws) => {
                (this.records.get(page)?.blockedRequests ?? this.unattributed).push({ url: ws.url(), type: 'websocket' });
                ws.close();
            });
        }
        page.on('console', (msg) => {
            const record = this.records.get(page);
            if (!record) return;
            if (record.barrier && msg.type() === 'debug' && msg.text() === record.barrier.tag) {
                record.barrier.resolve();
                return;
            }
            if (msg.type() !== 'error') return;
            const loc = msg.location();
            record.console.push({ text: msg.text(), url: loc.url || '', line: loc.lineNumber ?? 0 });
        });
        page.on('pageerror', (error) => {
            const record = this.records.get(page);
            if (!record) return;
            const name = error.name && !String(error.message).startsWith(error.name) ? `${error.name}: ` : '';
            record.pageErrors.push({ message: `${name}${error.message}`, stack: firstLines(error.stack, 4) });
        });
        page.on('requestfailed', (request) => {
            const record = this.records.get(page);
            if (!record || !request.url().startsWith('file:')) return;
            const reason = request.failure()?.errorText ?? 'failed';
            if (reason.includes('ERR_ABORTED') && record.navigations.includes(request.url())) return;
            // Chromium cancels a media fetch once it has what it needs (metadata, or the page moved on): an aborted
            // <video>/<audio> request is only a broken resource when the file is not there.
            if (reason.includes('ERR_ABORTED') && request.resourceType() === 'media' && fileExists(request.url())) return;
            record.failedRequests.push({
                url: request.url(),
                file: this.relative(request.url()),
                type: request.resourceType(),
                reason,
            });
        });
        page.on('dialog', (dialog) => {
            const record = this.records.get(page);
            if (record) record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            dialog.dismiss().catch(() => {});
        });
        page.on('popup', (popup) => {
            const record = this.records.get(page);
            if (record) record.popups.push(popup.url());
            popup.close().catch(() => {});
        });
    }

    relative(url) {
        if (url.startsWith('data:')) return url.length > 60 ? `${url.slice(0, 40)}…(${url.length} characters)` : url;
        try {
            const rel = siteRelative(this.siteDir, fileURLToPath(url.split('#')[0].split('?')[0]));
            return rel ?? fileURLToPath(url.split('#')[0].split('?')[0]);
        } catch {
            return url;
        }
    }

    idsOf(page, file) {
        if (!this.idCache.has(file)) {
            const text = fs.readFileSync(file, 'utf8');
            const ids = page.evaluate(parseIds, text).then((list) => new Set(list));
            ids.catch(() => this.idCache.delete(file)); // try again from another page next time
            this.idCache.set(file, ids);
        }
        return this.idCache.get(file);
    }

    /** The broken links among those the DOM points at. */
    async checkLinks(page, pageFile, dom) {
        const broken = [];
        const liveIds = new Set(dom.ids);
        const checked = new Map(); // resolved URL -> reason or null
        for (const link of dom.links) {
            if (link.url === null) {
                broken.push({ ...this.linkInfo(link), reason: 'not a valid URL' });
                continue;
            }
            const url = new URL(link.url);
            if (url.protocol !== 'file:') continue; // http(s), mailto, data, javascript: not files of the site
            if (!checked.has(link.url)) checked.set(link.url, await this.checkFileUrl(page, pageFile, url, liveIds));
            const reason = checked.get(link.url);
            if (reason) broken.push({ ...this.linkInfo(link), target: this.relative(link.url), reason });
        }
        return broken;
    }

    linkInfo(link) {
        return { tag: link.tag, attr: link.attr, value: link.value };
    }

    async checkFileUrl(page, pageFile, url, liveIds) {
        let file;
        try {
            file = fileURLToPath(new URL(url.pathname, 'file:///'));
        } catch {
            return 'not a file path';
        }
        if (siteRelative(this.siteDir, file) === null) return 'outside the site folder';
        let stat;
        try {
            stat = fs.statSync(file);
        } catch {
            return 'no such file';
        }
        if (stat.isDirectory()) return 'a folder (file:// shows no index.html for it)';
        const rawFragment = url.hash.slice(1);
        if (!rawFragment || !/\.html?$/i.test(file)) return null;
        let fragment;
        try {
            fragment = decodeURIComponent(rawFragment);
        } catch {
            return `#${rawFragment} is not valid percent-encoding`;
        }
        if (fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return null;
        if (file === pageFile && liveIds.has(fragment)) return null;
        const ids = await this.idsOf(page, file);
        if (ids.has(fragment)) return null;
        return file === pageFile ? `no id "${fragment}" in this page` : `no id "${fragment}" in ${this.relative(url.href)}`;
    }

    async audit(page, rel) {
        const file = path.join(this.siteDir, ...rel.split('/'));
        const url = pathToFileURL(file).href;
        const t0 = performance.now();
        const record = {
            page,
            url,
            console: [],
            pageErrors: [],
            blockedRequests: [],
            failedRequests: [],
            navigations: [],
            dialogs: [],
            popups: [],
        };
        const result = { url, title: null, lang: null, warnings: [] };
        this.records.set(page, record);
        try {
            if (!fs.existsSync(file)) throw new Error('no such page');
            // Not `waitUntil: 'load'`: a page whose redirect was refused while it loaded never fires `load`.
            await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
            await page.waitForFunction(() => document.readyState === 'complete', null, {
                timeout: PAGE_TIMEOUT_MS,
                polling: 10,
            });
            // Let the load handlers and scripts that wait for the next frame run before the DOM is read.
            // (A page whose parsing was stopped by a refused redirect gets no animation frame: hence the 100 ms cap.)
            await page.evaluate(
                () =>
                    new Promise((resolve) => {
                        requestAnimationFrame(() => setTimeout(resolve, 0));
                        setTimeout(resolve, 100);
                    }),
            );
            const dom = await page.evaluate(collectDom);
            if (record.navigations.length) {
                const text = fs.readFileSync(file, 'utf8');
                const published = await page.evaluate(countElements, text);
                if (dom.elements < published / 2) {
                    result.warnings.push(
                        `the page went to ${this.relative(record.navigations[0])} while it was still being parsed, ` +
                            `so Chromium stopped and only ${dom.elements} of its ${published} elements were audited: ` +
                            'redirect after DOMContentLoaded',
                    );
                }
            }
            result.title = dom.title;
            result.lang = dom.lang;
            result.media = dom.media.map((m) => ({
                tag: m.tag,
                sources: m.sources.map((s) => this.relative(s)),
                tracks: m.tracks.map((t) => ({ ...t, src: t.src && this.relative(t.src) })),
            }));
            // Evaluated rather than added as a <script> element: that way the page's own Content-Security-Policy
            // stays in force (a CSP that blocks the site's scripts shows up as errors) and still axe gets in.
            await page.evaluate(this.axeSource);
            const axeRun = page.evaluate(runAxe, { tags: AXE_TAGS, html: true });
            result.violations = await withTimeout(axeRun, AXE_TIMEOUT_MS, 'axe.run');
            result.brokenLinks = await this.checkLinks(page, file, dom);
            if (this.evaluator) {
                try {
                    result.eval = await withTimeout(
                        this.evaluator(page, { url, path: rel, siteDir: this.siteDir }),
                        PAGE_TIMEOUT_MS,
                        '--eval-file',
                    );
                } catch (error) {
                    result.evalError = firstLines(error.message, 6);
                }
            }
        } catch (error) {
            result.loadError = firstLines(error.message, 6);
        } finally {
            await this.flushConsole(page, record);
            this.records.delete(page);
        }
        // A failed or refused load also logs "Failed to load resource"; it is reported once, as a request.
        const reported = new Set([...record.blockedRequests, ...record.failedRequests].map((r) => r.url));
        result.consoleErrors = record.console.filter(
            (c) => !(c.text.startsWith('Failed to load resource') && reported.has(c.url)),
        );
        result.violations ??= [];
        result.brokenLinks ??= [];
        // A missing image is both a broken src and a failed request: report it once, as the broken link.
        const brokenTargets = new Set(result.brokenLinks.map((link) => link.target));
        record.failedRequests = record.failedRequests.filter((r) => !brokenTargets.has(r.file));
        result.media ??= [];
        Object.assign(result, {
            pageErrors: record.pageErrors,
            blockedRequests: record.blockedRequests,
            failedRequests: record.failedRequests,
            navigations: record.navigations,
            dialogs: record.dialogs,
            popups: record.popups,
            timeMs: Math.round(performance.now() - t0),
        });
        return result;
    }
}

async function main() {
    let opts;
    try {
        opts = parseArgs(process.argv.slice(2));
    } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        process.stderr.write(`${error.message ? `site_audit: ${error.message}\n` : ''}${USAGE}\n`);
        return 2;
    }
    const siteDir = path.resolve(opts.site);
    if (!fs.existsSync(siteDir) || !fs.statSync(siteDir).isDirectory()) {
        process.stderr.write(`site_audit: ${siteDir} is not a folder\n`);
        return 2;
    }
    const require = createRequire(import.meta.url);
    let chromium;
    let axeSource;
    let axeVersion;
    try {
        ({ chromium } = require('playwright-core'));
        axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
        axeVersion = require('axe-core/package.json').version;
    } catch (error) {
        process.stderr.write(`site_audit: ${error.message}\nsite_audit: run ./dev setup (npm packages)\n`);
        return 2;
    }
    let pages = opts.pages.length ? opts.pages.map((p) => p.replace(/^\.?\//, '')) : findPages(siteDir);
    pages = [...new Set(pages)];
    let evaluator;
    try {
        evaluator = await loadEvaluator(opts.evalFile);
    } catch (error) {
        process.stderr.write(`site_audit: --eval-file: ${error.message}\n`);
        return 2;
    }

    const executablePath = chromiumPath();
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-audit-profile-'));
    const started = performance.now();
    let context;
    const cleanUp = async () => {
        if (context) await withTimeout(context.close(), 5000, 'closing Chromium').catch(() => {});
        fs.rmSync(userDataDir, { recursive: true, force: true });
    };
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => cleanUp().finally(() => process.exit(2)));
    }
    try {
        try {
            context = await chromium.launchPersistentContext(userDataDir, {
                executablePath,
                headless: true,
                args: CHROMIUM_ARGS,
                colorScheme: opts.colorScheme,
                viewport: opts.viewport ?? { width: 1280, height: 900 },
                locale: opts.locale,
                serviceWorkers: 'block',
            });
        } catch (error) {
            process.stderr.write(`site_audit: could not start ${executablePath}: ${firstLines(error.message, 8)}\n`);
            return 2;
        }
        const auditor = new Auditor(siteDir, context, axeSource, evaluator);
        await auditor.install();
        const report = {
            site: siteDir,
            browser: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
            axe: axeVersion,
            tags: AXE_TAGS,
            colorScheme: opts.colorScheme,
            locale: opts.locale,
            pages: {},
            unattributedRequests: auditor.unattributed,
        };
        const results = new Map();
        let next = 0;
        const worker = async (page) => {
            await auditor.watch(page);
            while (next < pages.length) {
                const rel = pages[next++];
                results.set(rel, await auditor.audit(page, rel));
            }
        };
        const tabs = [];
        for (let i = 0; i < Math.min(opts.jobs, Math.max(1, pages.length)); i++) {
            tabs.push(i === 0 && context.pages().length ? context.pages()[0] : await context.newPage());
        }
        await Promise.all(tabs.map(worker));
        for (const rel of pages) report.pages[rel] = results.get(rel);
        report.durationMs = Math.round(performance.now() - started);
        const text = `${JSON.stringify(report, null, 2)}\n`;
        if (opts.json) fs.writeFileSync(opts.json, text);
        await new Promise((resolve) => process.stdout.write(text, resolve));
        return 0;
    } finally {
        await cleanUp();
    }
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error) => {
        process.stderr.write(`site_audit: ${error.stack ?? error}\n`);
        process.exitCode = 2;
    },
);
