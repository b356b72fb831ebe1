// Types of bin/bundle.js, for the TypeScript sources that use it.
/** The bundle of `entry` (a path under src/), built when missing; null when it cannot be built. */
export function bundle(entry: string): Promise<string | null>;
