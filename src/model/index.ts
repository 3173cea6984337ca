/** The entity model's public API: import from here rather than from the files behind it. */
export * from './countries.js';
export * from './country-names.js';
export * from './dates.js';
export * from './entity.js';
export * from './schema.js';
export * from './schemata.js';
export * from './types.js';
