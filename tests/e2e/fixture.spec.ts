import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoRunTogetherWords, expectNoSidewaysScroll } from './support.ts';

test('a multi-day programme has a day switcher that keyboard users can use', async ({ page }) => {
	await page.goto('events/demo-2024/programme/');
	const days = page.getByRole('navigation', { name: 'Days' });
	await expect(days.getByRole('link')).toHaveText(['Monday, 10 June 2024', 'Tuesday, 11 June 2024']);
	await days.getByRole('link', { name: 'Tuesday, 11 June 2024' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#day-2024-06-11$/);
	await expect(page.getByRole('heading', { name: 'Tuesday, 11 June 2024' })).toBeInViewport();
});

test.describe('parallel rooms', () => {
	test('sit side by side on a wide screen', async ({ page }) => {
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto('events/demo-2024/programme/');
		const a = await page.locator('.session', { hasText: 'Room A' }).first().boundingBox();
		const b = await page.locator('.session', { hasText: 'Room B' }).first().boundingBox();
		expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
		expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
	});

	test('stack on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('events/demo-2024/programme/');
		const a = await page.locator('.session', { hasText: 'Room A' }).first().boundingBox();
		const b = await page.locator('.session', { hasText: 'Room B' }).first().boundingBox();
		expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
	});
});

test.describe('important dates', () => {
	// The fixture site is built as of 1 January 2024, when its deadline (15 March, AoE) was ahead.
	test('count down to an upcoming deadline, showing its old value struck through', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2024-03-10T12:00:00Z'));
		await page.goto('events/demo-2024/');
		const row = page.getByRole('row', { name: /Submission deadline/ });
		await expect(row).toContainText('Upcoming, in 6 days');
		await expect(row.locator('del')).toHaveText('Friday, 1 March 2024');
		await expect(row).toContainText('AoE');
	});

	test('turn to passed in the browser once the moment has gone', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2024-03-16T12:01:00Z'));
		await page.goto('events/demo-2024/');
		await expect(page.getByRole('row', { name: /Submission deadline/ })).toContainText('Passed');
	});
});

test.describe('sponsors and photos', () => {
	test('the event page lists its sponsors by tier, logos linking to their sites', async ({ page }) => {
		await page.goto('events/demo-2024/');
		const sponsors = page.getByRole('region', { name: 'Sponsors and partners' });
		await expect(sponsors.getByRole('heading', { level: 3 })).toHaveText(['Gold sponsors', 'Silver sponsors', 'Supporters']);
		const gold = sponsors.getByRole('link', { name: 'Gold Corp' });
		await expect(gold).toHaveAttribute('href', 'https://gold.example.org/');
		// The browser picked a modern format and the image loaded.
		await gold.scrollIntoViewIfNeeded();
		const logo = gold.getByRole('img', { name: 'Gold Corp' });
		await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		expect(await logo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.(avif|webp)$/);
		await expect(sponsors.getByText('Friends of Examples')).toBeVisible();
	});

	test('a speaker’s photo shows on their page and on their talk', async ({ page }) => {
		for (const path of ['people/alice-example/', 'events/demo-2024/talks/paper-one/']) {
			await page.goto(path);
			const photo = page.getByRole('img', { name: 'Photo of Alice Example' });
			await photo.scrollIntoViewIfNeeded();
			await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		}
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`with the organizer’s colours in ${scheme} mode`, () => {
		test.use({ colorScheme: scheme });

		test('the event wears its own accent, the rest of the site the site’s', async ({ page }) => {
			const accent = () => page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--accent').trim());
			await page.goto('events/demo-2024/programme/');
			expect(await accent()).toBe(scheme === 'light' ? '#00695c' : '#64d8c4');
			await page.goto('people/');
			expect(await accent()).toBe(scheme === 'light' ? '#5a2d82' : '#d0b3ff');
		});

		for (const path of ['./', 'events/demo-2024/', 'events/demo-2024/programme/', 'events/demo-2024/talks/paper-one/', 'people/alice-example/', 'series/demo/']) {
			test(`${path} has no accessibility violations`, async ({ page }) => {
				await page.goto(path);
				await expectNoAxeViolations(page);
			});
		}
	});
}

// The fixture's event has an extended deadline, a page with the <Programme> component and sessions in rooms.
for (const path of ['events/demo-2024/', 'events/demo-2024/venue/', 'events/demo-2024/programme/', 'events/demo-2024/talks/paper-one/', 'people/']) {
	test(`${path} keeps a space between words where its template joins a text and an element`, async ({ page }) => {
		await page.goto(path);
		await expectNoRunTogetherWords(page);
	});
}

test.describe('on a 320 px screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('a title with a word longer than the line breaks it instead of widening the page', async ({ page }) => {
		await page.goto('events/demo-2024/talks/forty-five-minutes/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Microcontrollerarchitectures');
		await expectNoSidewaysScroll(page);
	});
});
