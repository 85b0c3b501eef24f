// Draws the app icons of the web manifest (public/icons/*.png) from public/favicon.svg with
// Debian's Chromium; run it after changing the emblem: `node clients/web/scripts/icons.mjs`.
// The maskable icon keeps the emblem inside the central 80 % that every mask shape leaves whole.
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const emblem = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const { file, size, padding } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inset = Math.round(size * padding);
    await page.setContent(
      `<body style="margin:0;background:#0b2a63">` +
        `<div style="padding:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px">` +
        emblem.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `) +
        `</div></body>`,
    );
    await page.screenshot({ path: `${publicDir}icons/${file}`, omitBackground: false });
    await page.close();
  }
} finally {
  await browser.close();
}
