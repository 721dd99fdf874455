import type { OpenApiDocument } from './document.ts'

type Operation = OpenApiDocument['paths'][string][string]
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: unknown }
type Response = { description: string; content?: Record<string, unknown> }

const json = (value: unknown) => JSON.stringify(value, null, 2)

function OperationCard({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const parameters = ('parameters' in operation ? operation.parameters : []) as Parameter[]
  const body = 'requestBody' in operation ? (operation.requestBody as { content: Record<string, { schema: unknown }> }) : undefined
  return (
    <section class="card" id={operation.operationId}>
      <h3>
        <span class="badge">{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        {operation.summary}
        {'security' in operation && <span class="muted"> · signed in</span>}
      </p>
      {parameters.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>parameter</th>
              <th>in</th>
              <th>schema</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.in}:${parameter.name}`}>
                <td>
                  <code>{parameter.name}</code>
                  {parameter.required ? ' (required)' : ''}
                  {parameter.description && <div class="muted">{parameter.description}</div>}
                </td>
                <td>{parameter.in}</td>
                <td>
                  <code>{JSON.stringify(parameter.schema)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body && (
        <details>
          <summary>Request body: {Object.keys(body.content).join(', ')}</summary>
          <pre>{json(Object.values(body.content)[0]?.schema)}</pre>
        </details>
      )}
      <ul>
        {Object.entries(operation.responses as Record<string, Response>).map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> {response.description}
            {response.content && <span class="muted"> ({Object.keys(response.content).join(', ')})</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** /api/docs: the OpenAPI document as a plain server-rendered page (no script, every asset our own). */
export function ApiDocsPage({ document }: { document: OpenApiDocument }) {
  return (
    <main id="main">
      <h1>{document.info.title}</h1>
      <p class="lead">
        Version {document.info.version}. {document.info.description} The machine-readable document:{' '}
        <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI {document.openapi}).
      </p>
      {Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => (
          <OperationCard key={`${method} ${path}`} method={method} path={path} operation={operation} />
        )),
      )}
    </main>
  )
}
