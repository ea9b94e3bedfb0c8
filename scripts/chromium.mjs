// How the end-to-end runner (tests/e2e/run.mjs) and the benchmark
// (scripts/bench.mjs) start Debian's Chromium and size its pages: one place,
// so a measurement and a test always see the same browser.
import { chromium } from 'playwright-core';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  kiosk: { width: 1080, height: 1920 },
};

// Without the background-networking flags Chromium tries, and fails, to
// reach Google's hosts from this machine's closed network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium (`CHROMIUM`, default /usr/bin/chromium). Playwright
 * turns the back/forward cache off; `backForwardCache` leaves it on, as a
 * real kiosk's browser has it. */
export function launchChromium({ backForwardCache = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    ...(backForwardCache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  });
}
