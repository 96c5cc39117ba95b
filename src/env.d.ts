declare namespace App {
	interface Locals {
		/** The event whose page is rendering: page components default their `event` prop to it. */
		pageEvent?: string;
		/** The images of the organizer's page that is rendering, made by PageBody, by their address as written. */
		pageImages?: Readonly<Record<string, import('./model/markdown.ts').RenderedImage>>;
	}
}
