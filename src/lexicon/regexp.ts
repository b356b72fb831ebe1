// Building regular expressions from data words: escaping, so a listed "U.S." matches only itself.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
