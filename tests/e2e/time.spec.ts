import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

const keynote = () => ({ start: '2020-09-14T07:10:00Z', end: '2020-09-14T07:55:00Z' });

for (const [zone, shown, day] of [
	['America/Los_Angeles', '00:10–00:55 PDT', ''],
	['Asia/Kolkata', '12:40–13:25 IST', ''],
	['Pacific/Auckland', '19:10–19:55 NZST', ''],
	['Pacific/Honolulu', '21:10–21:55 HST', ' (Sun 13 Sept)'],
] as const) {
	test.describe(`a viewer in ${zone}`, () => {
		test.use({ timezoneId: zone });

		test('sees the same instants on the programme, the talk page and in the .ics', async ({ page }) => {
			await page.goto('events/item-2020/programme/');
			const range = page.locator('.session--keynote .time-range').first();
			await expect(range).toHaveText('09:10–09:55 CEST');
			await page.getByLabel('Show times in').selectOption('local');
			await expect(range).toHaveText(`${shown}${day}`);
			await expect(page.getByRole('main').getByText(`Times are shown in ${zone.replaceAll('_', ' ')} (your time zone).`)).toBeVisible();
			await expect(range.locator('time').first()).toHaveAttribute('datetime', keynote().start);

			await range.locator('xpath=ancestor::article').getByRole('link', { name: 'From Near-Sensor to In-Sensor AI' }).click();
			await expect(page.locator('dd .time-range')).toHaveText('09:10–09:55 CEST');
			await expect(page.locator('dd .time-range time').first()).toHaveAttribute('datetime', keynote().start);
			await expect(page.getByText('07:10–07:55 UTC')).toBeVisible();

			const download = page.waitForEvent('download');
			await page.getByRole('link', { name: 'Add to calendar' }).click();
			const file = await (await download).path();
			const event = new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getFirstSubcomponent('vevent')!);
			expect(event.startDate.toJSDate().toISOString()).toBe('2020-09-14T07:10:00.000Z');
			expect(event.endDate.toJSDate().toISOString()).toBe('2020-09-14T07:55:00.000Z');
		});
	});
}

test.describe('the time-zone choice', () => {
	test.use({ timezoneId: 'America/Los_Angeles' });

	test('is remembered on the next programme, and can go back to event time', async ({ page }) => {
		await page.goto('events/item-2020/programme/');
		await page.getByLabel('Show times in').selectOption('Asia/Tokyo');
		await expect(page.locator('.session--keynote .time-range').first()).toHaveText('16:10–16:55 JST');
		await page.goto('events/tinyml-2023/programme/');
		// tinyML's 09:15 PDT keynote is 01:15 the next day in Tokyo.
		await expect(page.locator('.session--keynote .time-range').first()).toHaveText('01:15–02:00 JST (Tue 28 Mar)');
		await page.getByLabel('Show times in').selectOption('event');
		await expect(page.locator('.session--keynote .time-range').first()).toHaveText('09:15–10:00 PDT');
	});
});

test('"your time zone" follows the viewer when they travel, and the footer says which zone is shown', async ({ browser }) => {
	const at = async (timezoneId: string, state?: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>) => {
		const context = await browser.newContext({ timezoneId, storageState: state, baseURL: test.info().project.use.baseURL });
		const page = await context.newPage();
		await page.goto('events/item-2020/programme/');
		return { context, page };
	};
	const tokyo = await at('Asia/Tokyo');
	await tokyo.page.getByLabel('Show times in').selectOption('local');
	await expect(tokyo.page.locator('.session--keynote .time-range').first()).toHaveText('16:10–16:55 JST');
	await expect(tokyo.page.locator('.site-footer')).toContainText('Times are shown in Asia/Tokyo (your time zone).');
	const state = await tokyo.context.storageState();
	await tokyo.context.close();

	// The same browser after a flight: the choice was "your time zone", not "Tokyo".
	const losAngeles = await at('America/Los_Angeles', state);
	await expect(losAngeles.page.locator('.session--keynote .time-range').first()).toHaveText('00:10–00:55 PDT');
	await expect(losAngeles.page.getByLabel('Show times in')).toHaveValue('local');
	await losAngeles.page.getByLabel('Show times in').selectOption('event');
	await expect(losAngeles.page.locator('.site-footer')).toContainText("Times are shown in each event's own time zone.");
	await losAngeles.context.close();
});

test.describe('during an event', () => {
	test('the programme marks what is on now and what is next, and jumps to now', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2020-09-14T07:20:00Z'));
		await page.goto('events/item-2020/programme/');
		const now = page.locator('.session--now');
		await expect(now).toHaveCount(1);
		await expect(now).toContainText('On now');
		await expect(now).toContainText('From Near-Sensor to In-Sensor AI');
		await expect(page.locator('.session--next')).toContainText('hxtorch');
		const jump = page.getByRole('link', { name: 'Jump to now' });
		await expect(jump).toBeVisible();
		await jump.click();
		await expect(page).toHaveURL(/#session-2020-09-14-0910$/);
	});

	test('marks the talk on now within a paper session, and jumps to a talk the filters leave shown', async ({ page }) => {
		// 10:30 CEST: the paper session runs 09:55–11:10, its third talk 10:20–10:45.
		await page.clock.setFixedTime(new Date('2020-09-14T08:30:00Z'));
		await page.goto('events/item-2020/programme/');
		const talkNow = page.locator('.talk--now');
		await expect(talkNow).toHaveCount(1);
		await expect(talkNow).toContainText('On now');
		await expect(talkNow).toContainText('Search Space Complexity of Iteration Domain Based Instruction Embedding');
		const jump = page.getByRole('link', { name: 'Jump to now' });
		await jump.click();
		await expect(page).toHaveURL(/#talk-iteration-domain-instruction-embedding$/);

		// With only keynotes shown, the talk on now is hidden: the jump goes to what is shown.
		await page.goto('events/item-2020/programme/?kind=keynote');
		await page.getByRole('link', { name: 'Jump to now' }).click();
		const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
		await expect(page.locator(`[id="${target}"]`)).toBeVisible();
	});

	test('moves on as the clock runs', async ({ page }) => {
		await page.clock.install({ time: new Date('2020-09-14T07:54:00Z') });
		await page.goto('events/item-2020/programme/');
		await expect(page.locator('.session--now')).toContainText('From Near-Sensor to In-Sensor AI');
		await page.clock.fastForward('02:00');
		await expect(page.locator('.session--now')).toContainText('hxtorch');
	});

	test('outside the event, nothing is marked on now and there is no jump', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-22T12:00:00Z'));
		await page.goto('events/item-2020/programme/');
		await expect(page.locator('.session--now')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Jump to now' })).toBeHidden();
	});
});
