#!/usr/bin/env node
// Does a SCORM package talk to an LMS? Loads it in headless Chromium inside a small LMS page whose API object is
// scorm-again's (the runtime Moodle-like LMSs emulate), then closes it, and records what the SCO did.
//
//   node scorm_runtime.mjs --modules NODE_MODULES --json OUT --package UNPACKED_DIR --launch HREF --version 1.2|2004
//
// NODE_MODULES holds playwright-core and scorm-again. Chromium: $CHROMIUM. The LMS page and the package are served
// from one loopback HTTP server (127.0.0.1, a free port): from file:// Chromium treats the frames as different
// origins and the SCO could not reach the API. OUT gets {version, initialized, finished, calls: [{name, args,
// result, error}], errors: [text], pageErrors: [text], failedRequests: [text], externalRequests: [url]}.
// Exit 0 when the check ran (the caller judges it), 2 when it could not run.

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = { '.html': 'text/html', '.htm': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml',
    '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif',
    '.woff2': 'font/woff2', '.woff': 'font/woff', '.vtt': 'text/vtt', '.mp4': 'video/mp4', '.webm': 'video/webm',
    '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg' };

function parse(argv) {
    const opts = {};
    for (let i = 0; i < argv.length; i += 2) opts[argv[i].replace(/^--/, '')] = argv[i + 1];
    for (const key of ['modules', 'json', 'package', 'launch', 'version']) {
        if (!opts[key]) throw new Error(`--${key} is missing`);
    }
    if (!['1.2', '2004'].includes(opts.version)) throw new Error('--version is 1.2 or 2004');
    return opts;
}

function lmsPage(version, launch) {
    const api = version === '1.2' ? 'API' : 'API_1484_11';
    const make = version === '1.2' ? 'new Scorm12API({})' : 'new Scorm2004API({})';
    const names = version === '1.2'
        ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
        : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    const errorString = version === '1.2' ? 'LMSGetErrorString' : 'GetErrorString';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/__lms__/api.js"></script>
<script>
window.lmsCalls = [];
const api = ${make};
for (const name of ${JSON.stringify(names)}) {
    const original = api[name].bind(api);
    api[name] = (...args) => {
        const result = original(...args);
        const code = String(api.${lastError}());
        const error = code === '0' ? null : code + ' ' + api.${errorString}(code);
        window.lmsCalls.push({ name, args: args.map(String), result: String(result), error });
        return result;
    };
}
window.${api} = api;
</script></head><body><iframe id="sco" title="SCO" style="width:100%;height:90vh" src="/sco/${launch}"></iframe>
</body></html>`;
}

function serve(root, bundle, page) {
    const server = http.createServer((req, res) => {
        const url = new URL(req.url, 'http://127.0.0.1');
        let body = null;
        let type = 'text/html';
        if (url.pathname === '/lms.html') body = page;
        else if (url.pathname === '/__lms__/api.js') [body, type] = [bundle, 'text/javascript'];
        else if (url.pathname.startsWith('/sco/')) {
            const rel = decodeURIComponent(url.pathname.slice(5));
            const file = path.resolve(root, rel);
            if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
                body = fs.readFileSync(file);
                type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
            }
        }
        if (body === null) {
            res.writeHead(404);
            res.end('not found');
            return;
        }
        res.writeHead(200, { 'Content-Type': type });
        res.end(body);
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function waitFor(page, predicate, timeoutMs) {
    try {
        await page.waitForFunction(predicate, null, { timeout: timeoutMs, polling: 50 });
        return true;
    } catch {
        return false;
    }
}

async function main() {
    const opts = parse(process.argv.slice(2));
    const require = createRequire(path.join(path.resolve(opts.modules), 'package.json'));
    const { chromium } = require('playwright-core');
    // By path: scorm-again's "exports" block deep imports, and its browser bundles are what an LMS page loads.
    const dist = path.join(path.resolve(opts.modules), 'scorm-again', 'dist');
    const bundle = fs.readFileSync(path.join(dist, opts.version === '1.2' ? 'scorm12.min.js' : 'scorm2004.min.js'));
    const root = path.resolve(opts.package);
    const server = await serve(root, bundle, lmsPage(opts.version, opts.launch));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-scorm-'));
    const result = { version: opts.version, initialized: false, finished: false, calls: [], errors: [],
        pageErrors: [], failedRequests: [], externalRequests: [] };
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || 'chromium', headless: true, args: ARGS, serviceWorkers: 'block',
    });
    try {
        await context.route(/.*/, (route) => {
            const url = route.request().url();
            if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
            result.externalRequests.push(url);
            return route.abort('blockedbyclient');
        });
        const page = context.pages()[0] ?? (await context.newPage());
        page.on('pageerror', (error) => result.pageErrors.push(String(error.message).split('\n')[0]));
        page.on('response', (response) => {
            if (response.status() >= 400) result.failedRequests.push(`${response.url().replace(origin, '')}: ${response.status()}`);
        });
        await page.goto(`${origin}/lms.html`, { waitUntil: 'load', timeout: 30_000 });
        const start = opts.version === '1.2' ? 'LMSInitialize' : 'Initialize';
        const end = opts.version === '1.2' ? 'LMSFinish' : 'Terminate';
        await waitFor(page, `window.lmsCalls.some((c) => c.name === '${start}')`, 15_000);
        await page.waitForTimeout(500);
        // The reader leaves: the SCO must say goodbye (unload) so the LMS keeps its progress.
        await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
        await waitFor(page, `window.lmsCalls.some((c) => c.name === '${end}')`, 5_000);
        result.calls = await page.evaluate(() => window.lmsCalls);
        result.initialized = result.calls.some((c) => c.name === start && c.result === 'true');
        result.finished = result.calls.some((c) => c.name === end && c.result === 'true');
        // 403 (SCORM 2004): a value read before anything was stored — every SCO asks that on its first visit.
        result.errors = result.calls
            .filter((c) => c.error && !(opts.version === '2004' && c.error.startsWith('403 ')))
            .map((c) => `${c.name}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) → ${c.error}`);
    } finally {
        await context.close().catch(() => {});
        server.close();
        fs.rmSync(profile, { recursive: true, force: true });
    }
    fs.writeFileSync(opts.json, JSON.stringify(result, null, 1));
}

main().then(
    () => { process.exitCode = 0; },
    (error) => {
        process.stderr.write(`scorm_runtime: ${error.stack ?? error}\n`);
        process.exitCode = 2;
    },
);
