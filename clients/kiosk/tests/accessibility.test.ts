import type { Page } from 'playwright-core';
import {
  axeViolations,
  closeCleanly,
  serverAndBrowser,
  type Visitor,
} from '../../web/tests/support/browser.js';
import {
  demoOffice,
  freezeIdleClock,
  mintKioskToken,
  openKiosk,
  smallTargets,
  withCreepingClock,
} from './support/kiosk.js';

const environment = serverAndBrowser();
let kiosk: Visitor | undefined;

afterEach(async () => {
  await closeCleanly(kiosk);
  kiosk = undefined;
});

/** axe's WCAG 2.2 AA findings and every target under 44 × 44 px of the screen, named. */
async function problems(page: Page, screen: string): Promise<string[]> {
  return [
    ...(await axeViolations(page)).map((violation) => `${screen}: ${violation}`),
    ...(await smallTargets(page)).map((target) => `${screen}: small target ${target}`),
  ];
}

for (const [language, selfName, texts] of [
  [
    'German',
    'Deutsch',
    { appointment: /Ich habe einen Termin/, walkIn: /Ich brauche eine Wartenummer/ },
  ],
  ['Arabic', 'العربية', { appointment: /لدي موعد/, walkIn: /أحتاج إلى رقم انتظار/ }],
] as const) {
  it(`has every kiosk screen free of WCAG 2.2 AA violations and small targets, in ${language}`, async () => {
    const { server, browser } = environment;
    const { token } = await mintKioskToken(server, await demoOffice(server, 'buergerbuero-mitte'));
    kiosk = await openKiosk(browser, server.url, null);
    const { page } = kiosk;
    const found: string[] = [];
    // The test moves the kiosk's clock to its idle warning, instead of waiting for it.
    await page.clock.install({ time: new Date('2027-01-11T07:00:00Z') });

    await page.goto('/kiosk/setup');
    await page.getByRole('heading', { name: 'Terminal einrichten' }).waitFor();
    found.push(...(await problems(page, 'setup')));
    await page.getByLabel('Gerätecode').fill(token);
    await page.getByRole('button', { name: 'Einrichten' }).click();
    await page.getByRole('heading', { name: 'Willkommen im Rathaus' }).waitFor();
    found.push(...(await problems(page, 'language')));

    await page.getByRole('button', { name: selfName }).click();
    await page.getByRole('button', { name: texts.appointment }).waitFor();
    found.push(...(await problems(page, 'choose')));

    await page.getByRole('button', { name: texts.appointment }).click();
    await page.locator('#booking-code:focus').waitFor();
    found.push(...(await problems(page, 'code')));
    await page.keyboard.type('ZZZZZZZZ');
    await page.keyboard.press('Enter');
    await page.locator('#booking-code-error').waitFor();
    found.push(...(await problems(page, 'code refused')));

    await page.locator('.kiosk-actions button').first().click();
    await page.getByRole('button', { name: texts.walkIn }).click();
    await page.locator('.kiosk-choices--list .kiosk-choice').first().waitFor();
    found.push(...(await problems(page, 'categories')));
    await page.locator('.kiosk-choices--list .kiosk-choice').first().click();
    await page.locator('.kiosk-choices--list .kiosk-choice').first().waitFor();
    found.push(...(await problems(page, 'services')));
    await page.locator('.kiosk-choices--list .kiosk-choice').first().click();
    await page.locator('.kiosk-actions .kern-btn--primary').waitFor();
    found.push(...(await problems(page, 'what to bring')));
    await page.locator('.kiosk-actions .kern-btn--primary').click();
    await page.locator('.slip__number').waitFor();
    found.push(...(await problems(page, 'ticket')));

    await freezeIdleClock(page);
    await page.clock.runFor(50_000);
    await page.getByRole('alertdialog').waitFor();
    found.push(...(await withCreepingClock(page, () => problems(page, 'idle warning'))));

    expect(found).toEqual([]);
  }, 240_000);

  it(`has a call display free of WCAG 2.2 AA violations and small targets, in ${language}`, async () => {
    const { server, browser } = environment;
    kiosk = await openKiosk(browser, server.url, null, { touch: false });
    const { page } = kiosk;
    await page.goto(`/kiosk/board/buergerbuero-mitte?lang=${language === 'German' ? 'de' : 'ar'}`);
    await page
      .locator('.board__title')
      .filter({ hasText: /Bürgerbüro Mitte|Citizens' Office Centre/ })
      .waitFor();
    await page.locator('.ticker__item').first().waitFor();
    expect(await problems(page, 'display')).toEqual([]);
  }, 90_000);
}
