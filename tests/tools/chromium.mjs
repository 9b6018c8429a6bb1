// How the project's browser tools start Chromium: Debian's (never a downloaded one), headless, as root, with
// nothing of Chromium's own going to the network (this machine refuses it, and a test must not depend on it).

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];

/** The Chromium to run: $CHROMIUM, else Debian's. */
export function chromiumPath() {
    return process.env.CHROMIUM || '/usr/bin/chromium';
}
