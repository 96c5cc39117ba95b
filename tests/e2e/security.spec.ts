import { expect, test } from '@playwright/test';

// The test server sends the site's own _headers, so these pages run under its real policy.
const pages = ['./', 'events/item-2020/', 'events/tinyml-2023/programme/', 'events/item-2020/talks/mcunet/', 'people/luca-benini/', 'agenda/', 'search/?q=pruning'];

test('every page works under the Content-Security-Policy and requests nothing from elsewhere', async ({ page, baseURL }) => {
	const violations: string[] = [];
	const foreign: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) foreign.push(request.url());
	});
	const response = await page.goto('./');
	expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(response!.headers()['x-content-type-options']).toBe('nosniff');
	for (const path of pages) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
	await page.goto('events/item-2020/programme/');
	await page.getByLabel('Show times in').selectOption('Asia/Tokyo');
	await expect(page.locator('.session--keynote .time-range').first()).toHaveText('16:10–16:55 JST');
	expect(violations).toEqual([]);
	expect(foreign).toEqual([]);
});

test('no page shows an e-mail address in plain text', async ({ page }) => {
	for (const path of ['events/weml-2020/', 'people/holger-froning/', 'people/franz-pernkopf/']) {
		await page.goto(path);
		expect(await page.content()).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
	}
});
