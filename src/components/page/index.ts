import type { PageComponentName } from '../../schemas/components.ts';
import CallForPapers from './CallForPapers.astro';
import Committee from './Committee.astro';
import Countdown from './Countdown.astro';
import ImportantDates from './ImportantDates.astro';
import PersonCard from './PersonCard.astro';
import PageImage from './PageImage.astro';
import PageLink from './PageLink.astro';
import Programme from './Programme.astro';
import Sponsors from './Sponsors.astro';

/**
 * The components every page can use without an import, by the name pages write. Their props
 * are in src/schemas/components.ts; `npm run check` validates each use. See docs/pages.md.
 */
export const pageComponents: Record<PageComponentName | 'a' | 'img', unknown> = {
	// Markdown links and images, rendered as those in content fields are.
	a: PageLink,
	img: PageImage,
	CallForPapers,
	Committee,
	Countdown,
	ImportantDates,
	PersonCard,
	Programme,
	Sponsors,
};
