import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support.ts';

// The fixture's second day, 11 June 2024 in Berlin: Room A and Room B side by side, a coffee
// break for everyone, then parallel paper sessions with talks of 30, 45 and 15 minutes.
const programme = 'events/demo-2024/programme/';

async function box(locator: Locator) {
	const found = await locator.boundingBox();
	if (!found) throw new Error(`${locator} has no box`);
	return found;
}

test.describe('the grid on a wide screen', () => {
	for (const width of [1024, 1366]) {
		test(`at ${width} px: talks in parallel rooms that start together line up, and a box is as tall as the talk is long`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(programme);
			const thirtyA = await box(page.locator('#talk-thirty-minutes'));
			const thirtyB = await box(page.locator('#talk-parallel-start'));
			const fortyFive = await box(page.locator('#talk-forty-five-minutes'));
			expect(Math.abs(thirtyA.y - thirtyB.y)).toBeLessThan(1);
			expect(Math.abs(thirtyA.height - thirtyB.height)).toBeLessThan(1);
			expect(thirtyB.x).toBeGreaterThan(thirtyA.x + thirtyA.width);
			expect(fortyFive.height / thirtyA.height).toBeCloseTo(1.5, 1);
			// The 45-minute talk starts where the 30-minute one ends.
			expect(Math.abs(fortyFive.y - (thirtyA.y + thirtyA.height))).toBeLessThan(1);
		});
	}

	test('a 15-minute talk shows all its text: its rows grow rather than cut it off', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 900 });
		await page.goto(programme);
		const talk = page.locator('#talk-fifteen-minutes');
		const talkBox = await box(talk);
		const speaker = await box(talk.getByRole('link', { name: 'Alice Example' }));
		expect(speaker.y + speaker.height).toBeLessThanOrEqual(talkBox.y + talkBox.height);
		expect(await talk.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(0);
		// It stays inside its session's box, which grew with it.
		const session = await box(page.locator('#session-2024-06-11-1030-room-a'));
		expect(talkBox.y + talkBox.height).toBeLessThanOrEqual(session.y + session.height + 1);
	});

	test('a session heading reads as words, and its kind, wrapped under a long title, starts flush with it', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(programme);
		const heading = page.getByRole('heading', { name: 'Hardware Papers Paper session', exact: true });
		// Its text too, which copying and the search index read.
		await expect(heading).toHaveText('Hardware Papers Paper session');
		const title = await box(heading);
		const kind = await box(heading.locator('.tag'));
		// The grid's narrow column puts the kind on a line of its own.
		expect(kind.y).toBeGreaterThan(title.y + 10);
		expect(Math.abs(kind.x - title.x)).toBeLessThan(1);
	});

	test('rooms are columns in the organizer’s order; the break spans them all; the time axis matches', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(programme);
		const roomA = await box(page.locator('#session-2024-06-11-0900-room-a'));
		const roomB = await box(page.locator('#session-2024-06-11-0900-room-b'));
		const coffee = await box(page.locator('.session', { hasText: 'Coffee' }));
		expect(roomB.x).toBeGreaterThan(roomA.x);
		expect(coffee.x).toBeLessThanOrEqual(roomA.x + 1);
		expect(coffee.x + coffee.width).toBeGreaterThanOrEqual(roomB.x + roomB.width - 1);
		// An hour-long session is twice as tall as the half-hour break, and the 10:30 tick sits where the papers start.
		expect((roomA.height + 2) / (coffee.height + 2)).toBeCloseTo(2, 1);
		const tick = await box(page.locator('.day__tick', { hasText: '10:30' }));
		const papers = await box(page.locator('.session', { hasText: 'Hardware Papers' }));
		expect(Math.abs(tick.y - papers.y)).toBeLessThan(2);
		await expect(page.locator('.day__room')).toHaveText(['Room A', 'Room B']);
	});

	test('keyboard order follows time, then room', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(programme);
		const titles = await page.locator('#day-2024-06-11 .talk__title a').allTextContents();
		expect(titles).toEqual([
			'Tutorial A',
			'Panel B',
			'A Thirty-Minute Paper',
			'A Forty-Five-Minute Paper on Energy-Proportional Microcontrollerarchitectures',
			'Fifteen Minutes',
			'A Paper in Room B at the Same Time',
			'Compilers for Accelerators',
		]);
	});

	test('without JavaScript, every session is there with its times', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
		const page = await context.newPage();
		await page.goto(programme);
		await expect(page.locator('.session')).toHaveCount(8);
		await expect(page.locator('.talk')).toHaveCount(11);
		await expect(page.locator('#talk-forty-five-minutes')).toContainText('11:00–11:45 CEST');
		await expect(page.getByText('Filter talks')).toBeHidden();
		await context.close();
	});
});

test.describe('filters', () => {
	const status = (page: Page) => page.getByRole('status');

	test('are kept in the address, survive a reload, and say how many talks are shown', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(programme);
		await expect(status(page)).toHaveText('Showing 11 of 11 talks.');
		await page.getByLabel('Room', { exact: true }).selectOption('Room B');
		await expect(page).toHaveURL(/\?room=Room\+B$/);
		await expect(status(page)).toHaveText('Showing 6 of 11 talks.');
		await expect(page.locator('#talk-thirty-minutes')).toBeHidden();
		await expect(page.locator('#talk-parallel-start')).toBeVisible();
		// Sessions everyone attends stay.
		await expect(page.locator('#talk-keynote-one')).toBeVisible();
		await page.getByLabel('Kind', { exact: true }).selectOption('paper');
		await expect(page).toHaveURL(/\?room=Room\+B&kind=paper$/);
		await expect(status(page)).toHaveText('Showing 4 of 11 talks.');
		await expect(page.getByRole('heading', { name: 'Not yet scheduled' })).toBeHidden();

		await page.reload();
		await expect(page.getByLabel('Room', { exact: true })).toHaveValue('Room B');
		await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('paper');
		await expect(status(page)).toHaveText('Showing 4 of 11 talks.');

		await page.getByRole('button', { name: 'Show all' }).click();
		await expect(page).toHaveURL(/programme\/$/);
		await expect(status(page)).toHaveText('Showing 11 of 11 talks.');
	});

	test('by track, where tracks are not rooms', async ({ page }) => {
		await page.goto(`${programme}?track=Hardware`);
		await expect(page.getByRole('status')).toHaveText('Showing 4 of 11 talks.');
		await expect(page.locator('#talk-compilers-for-accelerators')).toBeVisible();
		await expect(page.locator('#talk-parallel-start')).toBeHidden();
		// The break stays as a landmark; the opening, which has no talks, goes.
		await expect(page.locator('.session', { hasText: 'Coffee' })).toBeVisible();
		await expect(page.locator('.session--opening')).toBeHidden();
	});

	test('arrive open on a phone when the link is filtered', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`${programme}?room=Room+A`);
		await expect(page.getByLabel('Room', { exact: true })).toBeVisible();
		await expect(page.getByText('(showing 7 of 11 talks)')).toBeVisible();
	});
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the first screen shows the day switcher and the first sessions; notes, zone and downloads are a tap away', async ({ page }) => {
		await page.goto(programme);
		await expect(page.getByRole('navigation', { name: 'Days' })).toBeInViewport();
		await expect(page.locator('.session').first()).toBeInViewport();
		const more = page.locator('summary', { hasText: 'Time zone and downloads' });
		await expect(more).toBeInViewport();
		await expect(page.getByLabel('Show times in')).toBeHidden();
		await more.click();
		await expect(page.getByLabel('Show times in')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Whole programme as a calendar (.ics)' })).toBeVisible();
	});

	test('nothing overflows sideways, and the days are lists in time order', async ({ page }) => {
		await page.goto(programme);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		const a = await box(page.locator('#talk-thirty-minutes'));
		const b = await box(page.locator('#talk-parallel-start'));
		expect(b.y).toBeGreaterThan(a.y);
	});
});

test.describe('spacing', () => {
	/** `true` when two boxes on one line keep at least `gap` px apart, or sit on different lines. */
	const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a, gap = 4) =>
		a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1 || a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x;

	for (const width of [360, 768, 1024, 1366]) {
		test(`at ${width} px, times never touch the calendar link or the agenda button`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(programme);
			for (const session of await page.locator('.session').all()) {
				const time = await box(session.locator('.session__time .time-range'));
				const calendar = await box(session.locator('.session__calendar'));
				expect(apart(time, calendar), `${await session.getAttribute('id')} at ${width}px`).toBe(true);
			}
			for (const talk of await page.locator('.talk:has(.time-range)').all()) {
				const time = await box(talk.locator('.talk__meta .time-range'));
				const star = await box(talk.locator('.star'));
				expect(apart(time, star), `${await talk.getAttribute('id')} at ${width}px`).toBe(true);
			}
		});
	}
});

test.describe('now and next', () => {
	// A visitor far from Berlin: what counts is the event's day, not theirs.
	test.use({ timezoneId: 'America/New_York' });
	const upNext = (page: Page) => page.locator('.session--next');
	const onNow = (page: Page) => page.locator('.session--now');
	const jump = (page: Page) => page.getByRole('link', { name: 'Jump to now' });

	for (const [when, at] of [
		['four months before the event', '2024-02-10T08:00:00Z'],
		['at 23:59 in Berlin on the eve of the event', '2024-06-09T21:59:00Z'],
		['at 00:30 in Berlin after the last day, though still the last day in UTC', '2024-06-11T22:30:00Z'],
	] as const) {
		test(`show nothing ${when}`, async ({ page }) => {
			await page.clock.setFixedTime(new Date(at));
			await page.goto(programme);
			await expect(page.locator('.session').first()).toBeVisible();
			await expect(upNext(page)).toHaveCount(0);
			await expect(onNow(page)).toHaveCount(0);
			await expect(page.getByText('Up next')).toHaveCount(0);
			await expect(jump(page)).toBeHidden();
		});
	}

	test('mark the opening as next at 00:30 in Berlin on the first day, though still the day before in UTC', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2024-06-09T22:30:00Z'));
		await page.goto(programme);
		await expect(upNext(page)).toHaveCount(1);
		await expect(upNext(page)).toHaveClass(/session--opening/);
		await expect(upNext(page)).toContainText('Up next');
		await expect(jump(page)).toBeVisible();
	});

	test('mark both parallel sessions on now, and jump to them', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.clock.setFixedTime(new Date('2024-06-11T08:40:00Z'));
		await page.goto(programme);
		await expect(onNow(page)).toHaveCount(2);
		await expect(onNow(page).first()).toContainText('On now');
		// Within them, the talks running at 10:40; the jump goes to the first.
		await expect(page.locator('.talk--now')).toHaveText([/A Thirty-Minute Paper/, /A Paper in Room B at the Same Time/]);
		await jump(page).click();
		await expect(page).toHaveURL(/#talk-thirty-minutes$/);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`the grid with its filters open has no accessibility violations in ${scheme} mode`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.clock.setFixedTime(new Date('2024-06-11T08:40:00Z'));
		await page.goto(`${programme}?room=Room+A`);
		await expect(page.locator('.session--now:visible')).toHaveCount(1);
		await expectNoAxeViolations(page);
	});
}
