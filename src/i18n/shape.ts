// The Dutch half of each catalogue area has exactly the English half's keys
// and argument types: `export const cli: Mirror<typeof en.cli> = { … }`.
export type Mirror<T> = { readonly [K in keyof T]: T[K] };
