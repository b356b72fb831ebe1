// In-page addresses: "#/<view>/<id>?<filters>" read and written in one place.

/** "#/event/abc?x=1" → { name: "event", id: "abc", query: URLSearchParams("x=1") }. */
export function parseHash(hash) {
  const [path, queryString = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'timeline', id: rest.length ? decodeURIComponent(rest.join('/')) : null, query: new URLSearchParams(queryString) };
}

/** Builds "#/<name>[/<id>][?query]" from a name, an optional id and a params object. */
export function hashFor(name, id = null, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  return `#/${name}${id ? `/${encodeURIComponent(id)}` : ''}${query.size ? `?${query}` : ''}`;
}

