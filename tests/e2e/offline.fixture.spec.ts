import { expect, test } from '@playwright/test';

// A visitor opens the programme at home, then loses the network at the venue.
test('a visited programme, its talk and person pages, the talks and people indexes, the agenda and search open offline', async ({ page, context }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('events/demo-2024/programme/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	const kept = (path: string) => page.evaluate((url) => caches.match(new URL(url, location.href).href).then(Boolean), path);
	for (const path of ['./', '../talks/forty-five-minutes/', '../../../people/carol-test/', '../../../search/', '../../../agenda/', '../../../talks/', '../../../people/']) {
		await expect.poll(() => kept(path), { message: `${path} kept`, timeout: 20_000 }).toBe(true);
	}

	await context.setOffline(true);
	// The network really is gone: a page never opened does not load.
	expect(await page.evaluate(() => fetch('../../../series/other/').then(() => 'loaded', () => 'failed'))).toBe('failed');
	// Opened, it says so in the site's own page, and the home page (where an installed site opens) was kept from the start.
	await page.goto('series/other/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await page.getByRole('link', { name: 'All events' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Test Workshops');

	await page.goto('events/demo-2024/programme/?room=Room+B');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme');
	// With its styles: still a grid, still filtered.
	await expect(page.locator('#day-2024-06-11 .day__grid')).toHaveCSS('display', 'grid');
	await expect(page.getByRole('status')).toHaveText('Showing 6 of 11 talks.');
	await page.reload();
	await expect(page.locator('#talk-forty-five-minutes')).toBeAttached();

	await page.goto('events/demo-2024/talks/forty-five-minutes/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Forty-Five-Minute Paper on Energy-Proportional Microcontrollerarchitectures');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Forty-Five-Minute');
	await page.goto('people/carol-test/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carol Test');

	// The indexes of a workshop-sized site were kept from the start: every talk and speaker can be looked up.
	await page.goto('talks/');
	await expect(page.getByRole('link', { name: 'A Keynote on Small Models' })).toBeVisible();
	await page.goto('people/');
	await expect(page.getByRole('link', { name: 'Carol Test' })).toBeVisible();

	await page.goto('search/?q=keynote');
	await expect(page.getByRole('link', { name: 'A Keynote on Small Models' })).toBeVisible();
	await page.goto('agenda/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My agenda');
	await context.setOffline(false);
});

test('the site can be installed: a manifest scoped to the base, and a service worker there', async ({ page, request }) => {
	await page.goto('events/demo-2024/programme/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({ name: 'Demo Test Workshops', short_name: 'Demo Tests', start_url: '/', scope: '/', display: 'standalone' });
	const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
	expect(new URL(scope).pathname).toBe('/');
});
