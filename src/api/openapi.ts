// Builds the OpenAPI 3.1 document served at /openapi.json from the route table's zod schemas.
import { z } from 'zod';
import type { RouteSpec } from './route.ts';

type Json = Record<string, unknown>;

const ERROR_SCHEMA = {
  type: 'object',
  required: ['error'],
  properties: {
    error: { type: 'string' },
    details: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

export function openApiDocument(routes: RouteSpec<unknown>[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] = { get: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad API',
      version,
      description: 'Read-only JSON over a dyad corpus: documents, PLOVER events with evidence, people, search, series, proposals and figures.',
    },
    paths,
    components: {
      schemas: {
        Error: ERROR_SCHEMA,
        Page: {
          type: 'object',
          required: ['total', 'limit', 'offset', 'items'],
          properties: {
            total: { type: 'integer', description: 'every match, not just this page' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
            items: { type: 'array', items: {} },
          },
        },
      },
    },
  };
}

function operation(route: RouteSpec<unknown>): Json {
  const parameters = [...describeParameters(route.params, 'path'), ...describeParameters(route.query, 'query')];
  const ok = route.paginated
    ? { $ref: '#/components/schemas/Page', description: `a page of ${route.returns}` }
    : { type: 'object', description: route.returns };
  const responses: Json = {
    200: { description: route.summary, content: { 'application/json': { schema: ok } } },
    400: { description: 'invalid input', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  };
  if (route.params) {
    responses[404] = { description: 'no such item', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  }
  return {
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    operationId: operationId(route.path),
    parameters,
    responses,
  };
}

function describeParameters(schema: z.ZodObject<z.ZodRawShape> | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
    const { description, example, $schema: _ignored, ...rest } = json;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === 'path' || !optional,
      ...(description ? { description } : {}),
      ...(example !== undefined ? { example } : {}),
      schema: rest,
    };
  });
}

/** "/api/people/{id}/network" → "getPeopleIdNetwork". */
function operationId(path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/{}-]+/)
    .filter(Boolean);
  return 'get' + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
