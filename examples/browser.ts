/**
 * Headless Chromium for looking at HTML reports: Debian's `chromium` package driven by playwright-core
 * (no browser download), with everything that could reach the network switched off. Used by the
 * report screenshot script and the browser test.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.VSR_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
