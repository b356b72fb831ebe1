// The route builder bound to dyad's Store, shared by every route file.
import type { Store } from '../../store/index.ts';
import { defineRoute } from '../route.ts';

export const route = defineRoute<Store>();
