// Takes screenshots of the built app for looking at them: node scripts/screenshot.mjs <url-path> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.mjs';

const [path = '/', out = 'screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(base + path);
await page.waitForSelector('canvas');
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
await page.screenshot({ path: out });
await browser.close();
console.log('wrote', out);
