// Where the tests find the project's shared reference material (seed articles, gold, specs): ../shared
// beside the checkout, as CI lays it out, or DYAD_SHARED. Tests that need it skip, saying why, when it is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = path.resolve(process.env.DYAD_SHARED ?? fileURLToPath(new URL('../../../shared/', import.meta.url)));
export const SEED_CORPUS = path.join(SHARED_DIR, 'corpus/seeds');
export const SEED_GOLD = path.join(SHARED_DIR, 'gold/seeds');

/** false when the seeds are there, else the reason to skip (node:test's `skip` option takes either). */
export const noSeeds: false | string = existsSync(SEED_CORPUS) && existsSync(SEED_GOLD) ? false : `no seed articles at ${SHARED_DIR} (set DYAD_SHARED)`;
