declare namespace App {
	interface Locals {
		/** The event whose page is rendering: page components default their `event` prop to it. */
		pageEvent?: string;
	}
}
