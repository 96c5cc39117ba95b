import { expect, test } from '@playwright/test';

/**
 * Screenshots of the programme with two rooms, compared with committed baselines: a change of
 * layout fails here. Kept deterministic: a fixed clock (no now/next), Debian's DejaVu Sans
 * (fonts-dejavu-core) for every text, no animations, no service worker. Update the baselines
 * after an intended change with `npx playwright test visual --update-snapshots`.
 * Each run also keeps its screenshots under test-results/ to look at.
 */
test.use({
	// The font is set with a style the site's policy would refuse; the page is otherwise as built.
	bypassCSP: true,
	serviceWorkers: 'block',
	timezoneId: 'Europe/Berlin',
});

const font = '*, *::before, *::after { font-family: "DejaVu Sans" !important; }';

for (const scheme of ['light', 'dark'] as const) {
	for (const [width, height] of [
		[360, 740],
		[1366, 900],
	] as const) {
		test(`the programme at ${width} px in ${scheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await page.setViewportSize({ width, height });
			await page.clock.setFixedTime(new Date('2024-01-01T12:00:00Z'));
			await page.goto('events/demo-2024/programme/');
			await page.addStyleTag({ content: font });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const name = `programme-${width}-${scheme}.png`;
			await page.screenshot({ path: test.info().outputPath(name), fullPage: true, animations: 'disabled' });
			// On a phone the first screen is what matters; on a wide screen the whole grid.
			await expect(page).toHaveScreenshot(name, { fullPage: width > 360, animations: 'disabled', maxDiffPixelRatio: 0.005 });
		});
	}
}

test('the filtered programme at 1366 px', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.clock.setFixedTime(new Date('2024-01-01T12:00:00Z'));
	await page.goto('events/demo-2024/programme/?room=Room+A&kind=paper');
	await page.addStyleTag({ content: font });
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	await page.screenshot({ path: test.info().outputPath('programme-filtered-1366.png'), fullPage: true, animations: 'disabled' });
	await expect(page).toHaveScreenshot('programme-filtered-1366.png', { fullPage: true, animations: 'disabled', maxDiffPixelRatio: 0.005 });
});
