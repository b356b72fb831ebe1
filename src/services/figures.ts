// Use case: figures (trade values, percentages, counts) by measure and unit, each linked to its sentence.
import type { FigureFilter, FigureRow, MeasureRow, Page, PageRequest, Store } from '../store/index.ts';

export function listFigures(store: Store, filter: FigureFilter, page: PageRequest = {}): Page<FigureRow> {
  return store.figures(filter, page);
}

export function figureMeasures(store: Store): { items: MeasureRow[] } {
  return { items: store.measures() };
}
