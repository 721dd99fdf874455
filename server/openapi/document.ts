import { z } from 'zod'
import type { ApiRouteDoc, ApiResponseDoc } from '../api/route-doc.ts'
import { CSRF_HEADER } from '../http/csrf.ts'
import { MAX_BODY_BYTES } from '../http/body.ts'
import { PROBLEM_JSON } from '../http/errors.ts'

type JsonSchema = Record<string, unknown>

/** The request side of a schema (defaults optional, coercions as sent); refinements have no JSON form. */
const jsonSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  return rest
}

/** The body every 4xx and 5xx carries (RFC 9457, as server/http/errors.ts writes it). */
const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'instance'],
  properties: {
    type: { type: 'string', const: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path, without its query.' },
    errors: {
      type: 'array',
      description: 'Field errors, keyed by dotted path.',
      items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
}

/** `/api/videos/:id` -> `/api/videos/{id}` */
export const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')

const parameters = (location: 'path' | 'query' | 'header', schema: z.ZodObject | undefined) => {
  if (!schema) return []
  const object = jsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    return {
      name,
      in: location,
      required: location === 'path' || (object.required ?? []).includes(name),
      ...(typeof description === 'string' && { description }),
      schema: rest,
    }
  })
}

const response = (status: number, doc: string | ApiResponseDoc) => {
  const { description, contentType, schema } = typeof doc === 'string' ? { description: doc } : doc
  if (status >= 400) return { description, content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } } }
  if (!contentType && !schema) return { description }
  return { description, content: { [contentType ?? 'application/json']: schema ? { schema: jsonSchema(schema) } : {} } }
}

/** What every body read with readJson (server/http/body.ts) can also be refused for. */
const JSON_BODY_REFUSALS: ApiRouteDoc['responses'] = {
  400: 'The body is not valid JSON.',
  413: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
  415: 'The body is not application/json.',
  422: 'Some fields are invalid (errors[] names them).',
}

const operation = (route: ApiRouteDoc) => {
  // A route that reads its body its own way (bodyContentTypes) lists its own refusals.
  const responses = route.body && !route.bodyContentTypes ? { ...JSON_BODY_REFUSALS, ...route.responses } : route.responses
  const params = [...parameters('path', route.params), ...parameters('query', route.query), ...parameters('header', route.headers)]
  return {
    operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: route.summary,
    tags: [route.tag],
    ...(params.length && { parameters: params }),
    ...(route.body && {
      requestBody: {
        required: true,
        content: Object.fromEntries(
          (route.bodyContentTypes ?? ['application/json']).map((type) => [type, { schema: jsonSchema(route.body as z.ZodType) }]),
        ),
      },
    }),
    ...(route.signedIn && { security: [{ session: [], csrf: [] }] }),
    responses: Object.fromEntries(Object.entries(responses).map(([status, doc]) => [status, response(Number(status), doc)])),
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>

/** The OpenAPI 3.1 document of the JSON API, from the routes' own descriptions and schemas. */
export const buildOpenApiDocument = (
  routes: readonly ApiRouteDoc[],
  { version, sessionCookie }: { version: string; sessionCookie: string },
) => {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {}
  for (const route of routes) {
    const path = openApiPath(route.path)
    paths[path] = { ...paths[path], [route.method]: operation(route) }
  }
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Reelsmith API',
      version,
      description: `Errors are ${PROBLEM_JSON}. Writes by a signed-in person send the session cookie and the ${CSRF_HEADER} header (the csrfToken from sign-up, log-in or /api/auth/me).`,
    },
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookie },
        csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
      },
    },
  }
}
