/**
 * A strict RFC 5545 check of an iCalendar file, independent of the code that writes them:
 * ical.js is lenient (it reads bare LF, long lines and DTEND before DTSTART), calendar apps
 * are not all. Returns every problem found, as `line N: …`, or nothing for a valid file.
 * @see https://datatracker.ietf.org/doc/html/rfc5545
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A content line after unfolding (section 3.1), with the physical line it starts on. */
interface ContentLine {
	line: number;
	name: string;
	params: Map<string, string[]>;
	value: string;
}

interface Component {
	name: string;
	line: number;
	properties: ContentLine[];
	children: Component[];
}

// Section 3.1: name = iana-token / x-name; param-value = paramtext / quoted-string; value chars
// are anything but controls other than HTAB.
const NAME = /^[A-Za-z0-9-]+$/;
const PARAM = /^;([A-Za-z0-9-]+)=((?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*)(?:,(?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*))*)/;
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;
const DURATION = /^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;
/** Properties whose value is TEXT (section 3.3.11): `;` and `,` must be escaped, `\` only before `\;,nN`. */
const TEXT = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CONTACT', 'X-WR-CALNAME', 'X-WR-CALDESC']);
/** TEXT lists: like TEXT, but an unescaped `,` separates values. */
const TEXT_LIST = new Set(['CATEGORIES', 'RESOURCES']);
/** Properties a VEVENT may hold at most once (section 3.6.1). */
const ONCE_IN_EVENT = ['CLASS', 'CREATED', 'DESCRIPTION', 'DTEND', 'DURATION', 'GEO', 'LAST-MODIFIED', 'LOCATION', 'ORGANIZER', 'PRIORITY', 'SEQUENCE', 'STATUS', 'SUMMARY', 'TRANSP', 'URL', 'RECURRENCE-ID'];

function isRealDate(year: string, month: string, day: string): boolean {
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function parseLine(text: string, line: number, problems: string[]): ContentLine | undefined {
	const name = /^[^;:]*/.exec(text)![0];
	if (!NAME.test(name)) {
		problems.push(`line ${line}: "${name}" is not a property name`);
		return undefined;
	}
	const params = new Map<string, string[]>();
	let rest = text.slice(name.length);
	while (rest.startsWith(';')) {
		const match = PARAM.exec(rest);
		if (!match) {
			problems.push(`line ${line}: ${name} has a malformed parameter: ${rest.slice(0, 40)}`);
			return undefined;
		}
		params.set(match[1]!.toUpperCase(), match[2]!.split(','));
		rest = rest.slice(match[0].length);
	}
	if (!rest.startsWith(':')) {
		problems.push(`line ${line}: ${name} has no ":" before its value`);
		return undefined;
	}
	const value = rest.slice(1);
	if (CONTROL.test(value)) problems.push(`line ${line}: ${name} has a control character in its value`);
	return { line, name: name.toUpperCase(), params, value };
}

function checkText(property: ContentLine, problems: string[]): void {
	const list = TEXT_LIST.has(property.name);
	if (!list && !TEXT.has(property.name)) return;
	const unescaped = property.value.replace(/\\[\\;,nN]/g, '');
	if (unescaped.includes('\\')) problems.push(`line ${property.line}: ${property.name} has a backslash that escapes nothing`);
	if (unescaped.includes(';') || (!list && unescaped.includes(','))) problems.push(`line ${property.line}: ${property.name} has an unescaped ";" or ","`);
}

/** A DATE or DATE-TIME value as a comparable string, or a problem. */
function dateValue(property: ContentLine, problems: string[]): { isDate: boolean; sortable: string } | undefined {
	const type = property.params.get('VALUE')?.[0]?.toUpperCase() ?? 'DATE-TIME';
	const match = (type === 'DATE' ? DATE : DATE_TIME).exec(property.value);
	if ((type !== 'DATE' && type !== 'DATE-TIME') || !match || !isRealDate(match[1]!, match[2]!, match[3]!)) {
		problems.push(`line ${property.line}: ${property.name} "${property.value}" is not a valid ${type}`);
		return undefined;
	}
	if (type === 'DATE-TIME' && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 60)) {
		problems.push(`line ${property.line}: ${property.name} "${property.value}" is not a valid time`);
		return undefined;
	}
	return { isDate: type === 'DATE', sortable: `${property.params.get('TZID')?.[0] ?? ''}|${property.value}` };
}

function checkEvent(event: Component, problems: string[]): void {
	const all = (name: string) => event.properties.filter((p) => p.name === name);
	for (const name of ['UID', 'DTSTAMP', 'DTSTART']) {
		const count = all(name).length;
		if (count !== 1) problems.push(`line ${event.line}: VEVENT has ${count} ${name} properties, not exactly one`);
	}
	for (const name of ONCE_IN_EVENT) {
		if (all(name).length > 1) problems.push(`line ${event.line}: VEVENT has more than one ${name}`);
	}
	const [stamp] = all('DTSTAMP');
	if (stamp && !(DATE_TIME.test(stamp.value) && stamp.value.endsWith('Z') && !stamp.params.has('VALUE'))) {
		problems.push(`line ${stamp.line}: DTSTAMP "${stamp.value}" is not a UTC date-time`);
	}
	const [dtstart] = all('DTSTART');
	const [dtend] = all('DTEND');
	const [duration] = all('DURATION');
	if (dtend && duration) problems.push(`line ${event.line}: VEVENT has both DTEND and DURATION`);
	if (duration && !DURATION.test(duration.value)) problems.push(`line ${duration.line}: DURATION "${duration.value}" is not a duration`);
	const start = dtstart && dateValue(dtstart, problems);
	const end = dtend && dateValue(dtend, problems);
	if (!start || !end) return;
	if (start.isDate !== end.isDate) problems.push(`line ${dtend.line}: DTEND is ${end.isDate ? '' : 'not '}a DATE but DTSTART is ${start.isDate ? '' : 'not '}one`);
	// Section 3.8.2.2: DTEND "MUST be later in time than the value of the DTSTART property".
	else if (start.sortable.split('|')[0] === end.sortable.split('|')[0] && end.sortable <= start.sortable) {
		problems.push(`line ${dtend.line}: DTEND ${dtend.value} is not after DTSTART ${dtstart!.value}`);
	}
}

function checkCalendar(calendar: Component, problems: string[]): void {
	const count = (name: string) => calendar.properties.filter((p) => p.name === name).length;
	for (const name of ['VERSION', 'PRODID']) {
		if (count(name) !== 1) problems.push(`line ${calendar.line}: VCALENDAR has ${count(name)} ${name} properties, not exactly one`);
	}
	for (const name of ['CALSCALE', 'METHOD']) {
		if (count(name) > 1) problems.push(`line ${calendar.line}: VCALENDAR has more than one ${name}`);
	}
	const version = calendar.properties.find((p) => p.name === 'VERSION');
	if (version && version.value !== '2.0') problems.push(`line ${version.line}: VERSION is "${version.value}", not "2.0"`);
	if (calendar.children.length === 0) problems.push(`line ${calendar.line}: VCALENDAR holds no component (RFC 5545 requires at least one)`);
	for (const child of calendar.children) if (child.name === 'VEVENT') checkEvent(child, problems);
}

/** The physical lines of a file, split at CRLF on the bytes, so each can be checked as octets. */
function physicalLines(bytes: Uint8Array): Uint8Array[] {
	const lines: Uint8Array[] = [];
	let from = 0;
	for (let i = 0; i + 1 < bytes.length; i++) {
		if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
			lines.push(bytes.subarray(from, i));
			from = i + 2;
		}
	}
	if (from < bytes.length) lines.push(bytes.subarray(from));
	return lines;
}

/** Every RFC 5545 problem of one `.ics` file, given as its bytes. */
export function rfc5545Problems(bytes: Uint8Array): string[] {
	const problems: string[] = [];
	if (bytes.length < 2 || bytes.at(-2) !== 0x0d || bytes.at(-1) !== 0x0a) problems.push('the file does not end with CRLF');
	const logical: Array<{ line: number; text: string }> = [];
	physicalLines(bytes).forEach((octets, index) => {
		const number = index + 1;
		if (octets.includes(0x0d) || octets.includes(0x0a)) problems.push(`line ${number}: a line ends with a bare CR or LF, not CRLF`);
		if (octets.length > 75) problems.push(`line ${number}: ${octets.length} octets, more than 75`);
		let line: string;
		try {
			// Each physical line decodes on its own: a fold must not split a UTF-8 sequence.
			line = utf8.decode(octets);
		} catch {
			problems.push(`line ${number}: is not valid UTF-8 on its own (a fold inside a character?)`);
			return;
		}
		if (line === '') problems.push(`line ${number}: is empty`);
		else if (line[0] === ' ' || line[0] === '\t') {
			if (logical.length === 0) problems.push(`line ${number}: the first line is a continuation`);
			else logical.at(-1)!.text += line.slice(1);
		} else logical.push({ line: number, text: line });
	});

	const stack: Component[] = [];
	const calendars: Component[] = [];
	for (const { line, text: content } of logical) {
		const property = parseLine(content, line, problems);
		if (!property) continue;
		if (property.name === 'BEGIN' || property.name === 'END') {
			const name = property.value.toUpperCase();
			if (!NAME.test(name)) problems.push(`line ${line}: ${property.name}:${property.value} names no component`);
			if (property.name === 'BEGIN') {
				if (stack.length === 0 && name !== 'VCALENDAR') problems.push(`line ${line}: BEGIN:${name} outside a VCALENDAR`);
				const component: Component = { name, line, properties: [], children: [] };
				(stack.at(-1)?.children ?? calendars).push(component);
				stack.push(component);
			} else if (stack.at(-1)?.name !== name) {
				problems.push(`line ${line}: END:${name} does not close ${stack.at(-1) ? `BEGIN:${stack.at(-1)!.name}` : 'anything'}`);
			} else stack.pop();
			continue;
		}
		if (stack.length === 0) problems.push(`line ${line}: ${property.name} outside any component`);
		else stack.at(-1)!.properties.push(property);
		checkText(property, problems);
	}
	for (const open of stack) problems.push(`line ${open.line}: BEGIN:${open.name} is never closed`);
	if (calendars.length !== 1) problems.push(`the file holds ${calendars.length} VCALENDAR objects, not one`);
	for (const calendar of calendars) checkCalendar(calendar, problems);
	return problems;
}
