import { z } from 'astro/zod';
import { logoSchema, textSchema, urlSchema } from './common.ts';

/** Sponsor tiers, highest first: the event and series pages list sponsors in this order. */
export const sponsorTiers = ['platinum', 'gold', 'silver', 'bronze', 'partner', 'supporter'] as const;

/** A sponsor or partner of an event or series, shown with its logo linking to its website. */
export const SponsorSchema = z.strictObject({
	/** The sponsor's name, e.g. "Example Semiconductors". */
	name: textSchema,
	/** `platinum`, `gold`, `silver`, `bronze`, `partner` or `supporter`. */
	tier: z.enum(sponsorTiers),
	/** The sponsor's website. */
	link: urlSchema.optional(),
	/** The sponsor's logo, e.g. `{ src: images/sponsors/example.svg, alt: Example Semiconductors }`. */
	logo: logoSchema.optional(),
});

/** Sponsors in the order given; pages group them by tier. */
export const sponsorsSchema = z.array(SponsorSchema).default([]);

export type SponsorData = z.output<typeof SponsorSchema>;
