/** The world of a dialogue: real places from a gazetteer, people, and what a value means. */
export * from './places.ts';
export * from './world.ts';
export * from './semantic.ts';
export * from './climate.ts';
export * from './countries.ts';
export * from './currencies.ts';
export * from './addresses.ts';
export * from './companies.ts';
export * from './airports.ts';
export * from './populations.ts';
export * from './roads.ts';
export * from './markets20.ts';
export * from './author-works20.ts';
export * from './order22.ts';
export * from './rates22.ts';
export * from './vehicles22.ts';
export * from './tickers22.ts';
