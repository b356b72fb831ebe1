// Fetches JSON from the dyad API; a failed request throws with the server's own error message.

export class ApiError extends Error {}

/** GET /api/<path>?<params>; empty and undefined params are left out. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const url = `/api/${path}${query.size ? `?${query}` : ''}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body?.error ?? `${response.status} ${response.statusText}`);
  return body;
}

/** Every page of a paginated endpoint (the dashboard's lists are small; the cap keeps it so). */
export async function apiAll(path, params = {}, cap = 2000) {
  const limit = 500;
  const first = await api(path, { ...params, limit, offset: 0 });
  const items = [...first.items];
  while (items.length < first.total && items.length < cap) {
    const next = await api(path, { ...params, limit, offset: items.length });
    if (!next.items.length) break;
    items.push(...next.items);
  }
  return { total: first.total, items };
}
