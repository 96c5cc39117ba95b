import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadModel } from '../../src/loading/load.ts';

test('lists every event on the home page', async ({ page }) => {
	const model = loadModel();
	await page.goto('./');
	for (const event of model.events) {
		await expect(page.getByText(event.shortTitle, { exact: true }).first()).toBeVisible();
	}
});

test('the home page offers every event and deadline as one calendar, and the feed', async ({ page }) => {
	await page.goto('./');
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'every event and deadline as a calendar (.ics)' }).click();
	const calendar = readFileSync(await (await download).path(), 'utf8');
	for (const event of loadModel().events) expect(calendar).toContain(`UID:${event.id}@`);
	const feed = await page.request.get(await page.getByRole('link', { name: 'a feed of new and updated events' }).getAttribute('href').then((href) => new URL(href!, page.url()).href));
	expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});
