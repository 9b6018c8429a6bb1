// axe-core as the project runs it inside a page: the WCAG 2.1 A/AA rules, violations only. Shared by the export's
// accessibility check (axe_check.mjs) and the tests' site audit (tests/tools/site_audit.mjs), so that both judge
// pages by the same rules and report them in the same shape.

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs in the page (page.evaluate(runAxe, {tags, html}), axe-core injected first): the violations as
 * {id, impact, nodes, help, targets}, and with `html` also the start of the first node's HTML.
 */
export async function runAxe({ tags, html }) {
    const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // No CSSOM preload: from file:// Chromium hides stylesheet rules, axe would fetch each sheet by XHR, and
        // file:// refuses that (console errors that are the audit's, not the page's). The one rule that needs it,
        // css-orientation-lock, then ends up "incomplete" rather than passed or violated.
        preload: false,
    });
    return results.violations.map((v) => {
        const found = {
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.length,
            help: v.help,
            targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
        };
        if (html) found.html = v.nodes.length ? v.nodes[0].html.slice(0, 300) : '';
        return found;
    });
}
