import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails with the list of WCAG 2.2 AA violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
	expect(violations).toEqual([]);
}

/**
 * Fails with every place where two words run together on screen: text that ends in a letter,
 * digit or punctuation mark followed, inside the same line of text, by an element whose text starts
 * with a letter or digit, and no space between ("(Europe/Berlin).The programme"). Astro's
 * compiler drops the line break between a text and the element on the next source line, so such
 * a gap exists only where the template says `{' '}`. Boxes laid out apart (blocks, flex and grid
 * items, table cells) are not one line of text and need no space.
 */
export async function expectNoRunTogetherWords(page: Page): Promise<void> {
	const runTogether = await page.evaluate(() => {
		const found: string[] = [];
		const isInline = (element: Element) => getComputedStyle(element).display.startsWith('inline');
		// The elements between a text node and an ancestor, all inline: then the text flows on that ancestor's line.
		const inlinePath = (node: Node, ancestor: Node) => {
			for (let element = node.parentElement; element && element !== ancestor; element = element.parentElement) {
				if (!isInline(element)) return false;
			}
			return true;
		};
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
			acceptNode: (node) =>
				node.nodeType === Node.TEXT_NODE || (node as Element).localName === 'br' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
		});
		let previous: Text | undefined;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.nodeType !== Node.TEXT_NODE || !node.parentElement?.closest('body') || node.parentElement.closest('script, style, template')) {
				previous = undefined;
				continue;
			}
			const text = node as Text;
			if (!text.data.trim() && /\s/.test(text.data)) {
				previous = undefined;
				continue;
			}
			if (previous && /[\p{L}\p{N}.,;:)]$/u.test(previous.data) && /^[\p{L}\p{N}]/u.test(text.data)) {
				const range = document.createRange();
				range.setStartBefore(previous);
				range.setEndAfter(text);
				const common = range.commonAncestorContainer;
				const sameLine = common instanceof Element && !/^(flex|grid|inline-flex|inline-grid)$/.test(getComputedStyle(common).display);
				const visible = (previous.parentElement?.checkVisibility() ?? false) && (text.parentElement?.checkVisibility() ?? false);
				if (sameLine && visible && inlinePath(previous, common) && inlinePath(text, common)) {
					found.push(`${previous.data.trim().slice(-30)}|${text.data.trim().slice(0, 30)}`);
				}
			}
			previous = text;
		}
		return found;
	});
	expect(runTogether, 'words without a space between them').toEqual([]);
}

/**
 * Fails with every element that sticks out beyond the screen's right edge, and when the page can
 * be scrolled sideways at all (text wider than its box counts too). WCAG 2.2 reflow (1.4.10)
 * asks this at 320 CSS px. What sits inside a box that scrolls or clips on its own is exempt.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const sticking = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const clipped = (element: Element) => {
			for (let parent = element.parentElement; parent; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== 'visible') return true;
			return false;
		};
		return [...document.body.querySelectorAll('*')]
			.filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element))
			.map((element) => `<${element.localName} class="${element.className}"> "${element.textContent?.trim().slice(0, 40)}"`);
	});
	expect(sticking, 'elements wider than the screen').toEqual([]);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow, 'pixels the page scrolls sideways').toBeLessThanOrEqual(0);
}
