/**
 * A strict reader of the Prometheus text format 0.0.4, for tests: it reads `GET /metrics` back and
 * throws, naming the line, on anything a Prometheus server would reject or misread (bad syntax,
 * unknown escapes, a TYPE after samples, interleaved families, duplicate series, histogram buckets
 * that are not cumulative or whose `+Inf` differs from `_count`). So a test that parses the output
 * also checks the format, not only the numbers.
 */

export type FamilyType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped'

export interface Sample {
  /** The full sample name (`reelsmith_http_request_duration_seconds_bucket`). */
  name: string
  labels: Record<string, string>
  value: number
  timestamp?: number
}

export interface Family {
  name: string
  type: FamilyType
  help?: string
  samples: Sample[]
}

export class ExpositionError extends Error {
  override name = 'ExpositionError'
}

export interface ParsedExposition {
  families: Map<string, Family>
  /** The value of the sample with exactly these labels, or undefined. */
  value(name: string, labels?: Record<string, string>): number | undefined
  /** Samples named `name` whose labels include `labels`. */
  samples(name: string, labels?: Record<string, string>): Sample[]
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*/
const FLOAT = /^(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Inf)|NaN)$/
const TYPES = new Set<FamilyType>(['counter', 'gauge', 'histogram', 'summary', 'untyped'])

const SUFFIXES: Record<FamilyType, readonly string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
}

export const parseValue = (text: string): number => {
  if (!FLOAT.test(text)) throw new ExpositionError(`not a number: "${text}"`)
  if (text.endsWith('Inf')) return text.startsWith('-') ? -Infinity : Infinity
  return Number(text)
}

const unescapeHelp = (text: string) => text.replace(/\\(.)/g, (all, char: string) => (char === 'n' ? '\n' : char === '\\' ? '\\' : all))

/** Reads `{a="1",b="x\"y"}` from `line` at `start`; returns the labels and the index after `}`. */
const readLabels = (line: string, start: number): { labels: Record<string, string>; end: number } => {
  const labels: Record<string, string> = {}
  let i = start + 1
  for (;;) {
    if (line[i] === '}') return { labels, end: i + 1 }
    const name = LABEL.exec(line.slice(i))?.[0]
    if (!name) throw new ExpositionError(`bad label name at column ${i + 1}`)
    i += name.length
    if (line[i] !== '=' || line[i + 1] !== '"') throw new ExpositionError(`expected ="…" after label ${name}`)
    i += 2
    let value = ''
    for (;;) {
      const char = line[i]
      if (char === undefined) throw new ExpositionError(`unterminated value of label ${name}`)
      if (char === '"') break
      if (char === '\\') {
        const escaped = line[i + 1]
        if (escaped === 'n') value += '\n'
        else if (escaped === '\\' || escaped === '"') value += escaped
        else throw new ExpositionError(`bad escape \\${escaped ?? ''} in label ${name}`)
        i += 2
      } else {
        value += char
        i++
      }
    }
    if (name in labels) throw new ExpositionError(`label ${name} repeated`)
    labels[name] = value
    i++
    if (line[i] === ',') i++
    else if (line[i] !== '}') throw new ExpositionError(`expected , or } after label ${name}`)
  }
}

const parseSample = (line: string): Sample => {
  const name = NAME.exec(line)?.[0]
  if (!name) throw new ExpositionError('a sample must start with a metric name')
  let rest = line.slice(name.length)
  let labels: Record<string, string> = {}
  if (rest.startsWith('{')) {
    const read = readLabels(rest, 0)
    labels = read.labels
    rest = rest.slice(read.end)
  }
  const parts = rest.trim().split(/[ \t]+/)
  if (!/^[ \t]/.test(rest) || parts.length < 1 || parts.length > 2) throw new ExpositionError('expected "name{labels} value [timestamp]"')
  const sample: Sample = { name, labels, value: parseValue(parts[0]!) }
  if (parts[1] !== undefined) {
    if (!/^-?\d+$/.test(parts[1])) throw new ExpositionError(`bad timestamp "${parts[1]}"`)
    sample.timestamp = Number(parts[1])
  }
  return sample
}

const seriesKey = (labels: Record<string, string>, skip?: string) =>
  JSON.stringify(
    Object.keys(labels)
      .filter((key) => key !== skip)
      .sort()
      .map((key) => [key, labels[key]]),
  )

/** Buckets cumulative, `+Inf` present and equal to `_count`, `_sum` present: per label set. */
const checkHistogram = (family: Family) => {
  const groups = new Map<string, { buckets: [number, number][]; sum?: number; count?: number }>()
  const group = (labels: Record<string, string>) => {
    const key = seriesKey(labels, 'le')
    let found = groups.get(key)
    if (!found) groups.set(key, (found = { buckets: [] }))
    return found
  }
  for (const sample of family.samples) {
    if (sample.name.endsWith('_bucket')) {
      if (sample.labels.le === undefined) throw new ExpositionError(`${sample.name} without le`)
      group(sample.labels).buckets.push([parseValue(sample.labels.le), sample.value])
    } else if (sample.name.endsWith('_sum')) group(sample.labels).sum = sample.value
    else group(sample.labels).count = sample.value
  }
  for (const [key, { buckets, sum, count }] of groups) {
    const where = `${family.name}${key}`
    const sorted = [...buckets].sort((a, b) => a[0] - b[0])
    const last = sorted.at(-1)
    if (!last || last[0] !== Infinity) throw new ExpositionError(`${where}: no le="+Inf" bucket`)
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]![1] < sorted[i - 1]![1]) throw new ExpositionError(`${where}: buckets are not cumulative`)
    }
    if (count === undefined || sum === undefined) throw new ExpositionError(`${where}: _sum or _count missing`)
    if (last[1] !== count) throw new ExpositionError(`${where}: +Inf bucket ${last[1]} differs from _count ${count}`)
  }
}

/** Parses exposition text; throws `ExpositionError` with the line number on any violation. */
export const parseExposition = (text: string): ParsedExposition => {
  if (text !== '' && !text.endsWith('\n')) throw new ExpositionError('the last line must end with a line feed')
  const families = new Map<string, Family>()
  const seen = new Set<string>()
  let current: Family | undefined
  const familyOf = (name: string, declaring: boolean): Family => {
    let family = families.get(name)
    if (!family) families.set(name, (family = { name, type: 'untyped', samples: [] }))
    if (family !== current) {
      if (family.samples.length > 0) throw new ExpositionError(`lines of ${name} are not in one group`)
      current = family
    }
    if (declaring && family.samples.length > 0) throw new ExpositionError(`HELP/TYPE of ${name} after its samples`)
    return family
  }
  const lines = text.split('\n')
  lines.pop()
  lines.forEach((line, index) => {
    try {
      if (line.trim() === '') return
      if (line.startsWith('#')) {
        const match = /^#[ \t]+(HELP|TYPE)[ \t]+([^ \t]+)(?:[ \t]+(.*))?$/.exec(line)
        if (!match) return // any other comment is allowed and ignored
        const [, keyword, name, rest = ''] = match
        if (!NAME.test(name!) || NAME.exec(name!)![0] !== name) throw new ExpositionError(`bad metric name "${name}"`)
        const family = familyOf(name!, true)
        if (keyword === 'HELP') {
          if (family.help !== undefined) throw new ExpositionError(`second HELP for ${name}`)
          family.help = unescapeHelp(rest)
        } else {
          if (seen.has(`type:${name}`)) throw new ExpositionError(`second TYPE for ${name}`)
          if (!TYPES.has(rest as FamilyType)) throw new ExpositionError(`unknown TYPE "${rest}"`)
          seen.add(`type:${name}`)
          family.type = rest as FamilyType
        }
        return
      }
      const sample = parseSample(line)
      const owner =
        current && SUFFIXES[current.type].some((suffix) => sample.name === current!.name + suffix) ? current : familyOf(sample.name, false)
      const key = `${sample.name}${seriesKey(sample.labels)}`
      if (seen.has(key)) throw new ExpositionError(`duplicate series ${key}`)
      seen.add(key)
      owner.samples.push(sample)
    } catch (error) {
      if (error instanceof ExpositionError) throw new ExpositionError(`line ${index + 1}: ${error.message}: ${line}`)
      throw error
    }
  })
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family)

  const all = [...families.values()].flatMap((family) => family.samples)
  const includes = (labels: Record<string, string>, wanted: Record<string, string>) =>
    Object.entries(wanted).every(([key, value]) => labels[key] === value)
  return {
    families,
    samples: (name, labels = {}) => all.filter((sample) => sample.name === name && includes(sample.labels, labels)),
    value: (name, labels = {}) => all.find((sample) => sample.name === name && seriesKey(sample.labels) === seriesKey(labels))?.value,
  }
}
