#!/usr/bin/env node
// Accessibility of exported pages as a reader's browser sees them: axe-core in headless Chromium, each page opened
// from file:// with every request off the machine refused (and recorded, so a page that needs the network shows).
//
//   node axe_check.mjs --modules NODE_MODULES --json OUT PAGE.html [PAGE.html ...]
//
// NODE_MODULES holds playwright-core and axe-core (the app looks for it; see core/export/validators.py).
// Chromium: $CHROMIUM. OUT gets {axe, browser, pages: {path: {violations: [{id, impact, nodes, help, targets}],
// requests: [{url, type}] (every request but the page itself and data: URLs), loadError}}}.
// Exit 0 when the check ran (the caller judges the result), 2 when it could not run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

import { AXE_TAGS, runAxe } from './axe_run.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'];

function parse(argv) {
    const opts = { modules: null, json: null, pages: [] };
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--modules') opts.modules = argv[++i];
        else if (argv[i] === '--json') opts.json = argv[++i];
        else opts.pages.push(argv[i]);
    }
    if (!opts.modules || !opts.json) throw new Error('usage: axe_check.mjs --modules DIR --json OUT PAGE...');
    return opts;
}

async function main() {
    const opts = parse(process.argv.slice(2));
    const require = createRequire(path.join(path.resolve(opts.modules), 'package.json'));
    const { chromium } = require('playwright-core');
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const axeVersion = require('axe-core/package.json').version;
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-axe-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || 'chromium',
        headless: true,
        args: ARGS,
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
    });
    const report = { axe: axeVersion, browser: `Chromium ${context.browser()?.version() ?? ''}`.trim(), pages: {} };
    try {
        let current = null;
        context.on('request', (request) => {
            const url = request.url();
            if (current && url !== current.url && !url.startsWith('data:')) {
                const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
                current.requests.push({ url: shown, type: request.resourceType() });
            }
        });
        // Nothing leaves the machine: a page that needs the network shows it as a refused request.
        await context.route(/^(?!file:|data:)/, (route) => route.abort('blockedbyclient'));
        const page = context.pages()[0] ?? (await context.newPage());
        for (const file of opts.pages) {
            const url = pathToFileURL(path.resolve(file)).href;
            current = { url, requests: [] };
            const result = { violations: [], requests: current.requests };
            try {
                await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
                await page.evaluate(axeSource);
                result.violations = await page.evaluate(runAxe, { tags: AXE_TAGS, html: false });
            } catch (error) {
                result.loadError = String(error.message).split('\n').slice(0, 4).join('\n');
            }
            report.pages[file] = result;
        }
    } finally {
        await context.close().catch(() => {});
        fs.rmSync(profile, { recursive: true, force: true });
    }
    fs.writeFileSync(opts.json, JSON.stringify(report, null, 1));
}

main().then(
    () => { process.exitCode = 0; },
    (error) => {
        process.stderr.write(`axe_check: ${error.stack ?? error}\n`);
        process.exitCode = 2;
    },
);
