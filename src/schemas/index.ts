/** All content schemas, one concept per file. */
export * from './common.ts';
export * from './event.ts';
export * from './person.ts';
export * from './programme.ts';
export * from './series.ts';
export * from './site.ts';
export * from './sponsor.ts';
