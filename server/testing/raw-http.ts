import { connect } from 'node:net'

export type RawResponse = { status: number; headers: Map<string, string>; body: string }

/** Writes `request` as is to the server's port and reads until the server closes (bounded). */
export const rawHttp = (origin: string, request: string, timeoutMs = 10_000) =>
  new Promise<RawResponse>((resolve, reject) => {
    const { hostname, port } = new URL(origin)
    const socket = connect(Number(port), hostname)
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no end of response after ${timeoutMs} ms: ${JSON.stringify(Buffer.concat(chunks).toString())}`))
    }, timeoutMs)
    socket.on('data', (chunk) => chunks.push(Buffer.from(chunk)))
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('latin1')
      const split = text.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = text.slice(0, split < 0 ? text.length : split).split('\r\n')
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: split < 0 ? '' : text.slice(split + 4) })
    })
    socket.write(request)
  })
