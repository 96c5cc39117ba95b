import { expect, type Page, test } from '@playwright/test';
import { cspMeta } from '../../src/site/security.ts';
import { sites, siteUrl } from '../support/sites.ts';

// The test server sends the site's own _headers, so these pages run under its real policy
// (and under each page's <meta> policy, which is the same less frame-ancestors).
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

test.describe('on a host that sends no headers (GitHub Pages)', () => {
	test.use({ baseURL: siteUrl(sites.bareHost) });

	/** Records every CSP violation the page reports, from before its first script runs. */
	async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.defineProperty(window, '__cspViolations', { value: seen });
			window.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} on ${location.pathname}`));
		});
		return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.slice());
	}

	test('the page carries the policy in a <meta>, as the server sends none', async ({ page }) => {
		const response = await page.goto('events/item-2020/programme/');
		expect(response!.headers()['content-security-policy']).toBeUndefined();
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(cspMeta);
	});

	test('an injected inline script and a javascript: link do not run, and the page reports both', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto('events/item-2020/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.body.dataset.injected = "script"';
			document.body.append(script);
			const link = document.createElement('a');
			link.href = 'javascript:document.body.dataset.injected = "link"';
			link.textContent = 'injected';
			document.body.append(link);
		});
		await page.getByRole('link', { name: 'injected' }).click();
		await expect.poll(violations).toEqual([
			'script-src-elem blocked inline on /events/item-2020/',
			'script-src-elem blocked inline on /events/item-2020/',
		]);
		expect(await page.locator('body').getAttribute('data-injected')).toBeNull();
	});

	test('search, the time-zone switch and the agenda work under the meta policy alone', async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto('search/?q=pruning');
		await expect(page.locator('[data-search-results] li').first()).toBeVisible();
		expect(await violations()).toEqual([]);

		await page.goto('events/item-2020/programme/');
		await page.getByLabel('Show times in').selectOption('Asia/Tokyo');
		await expect(page.locator('.session--keynote .time-range').first()).toHaveText('16:10–16:55 JST');
		await page.getByRole('button', { name: 'MCUNet: TinyNAS and TinyEngine on Microcontrollers: in my agenda' }).click();
		expect(await violations()).toEqual([]);

		await page.goto('agenda/');
		await expect(page.locator('[data-agenda-list] li')).toHaveCount(1);
		await page.getByLabel('Show times in').selectOption('Asia/Tokyo');
		await expect(page.locator('[data-agenda-list] li').first()).toContainText('JST');
		expect(await violations()).toEqual([]);
	});
});
