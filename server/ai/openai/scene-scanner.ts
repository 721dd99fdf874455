/**
 * Finds the scenes of a storyboard while its JSON is still arriving: fed the reply piece by piece,
 * it calls `onScene` with the text of each element of the top-level `scenes` array as soon as that
 * object closes, and `onScenesEnd` with their count when the array closes. It only tracks nesting, strings and the top-level key, so it never parses more than
 * one scene at a time, and anything before the first `{` (a Markdown fence) is skipped.
 *
 * @example
 * const scanner = createSceneScanner((json, index) => console.log(index, JSON.parse(json)))
 * scanner.push('{"title":"T","scenes":[{"narration":"Hi."}')  // logs 0 { narration: 'Hi.' }
 */
export const createSceneScanner = (onScene: (json: string, index: number) => void, onScenesEnd?: (count: number) => void) => {
  let text = ''
  let at = 0
  let depth = 0
  let inString = false
  let escaped = false
  let stringStart = -1
  /** The last string closed at depth 1: the next `:` makes it the current key. */
  let lastString: string | null = null
  let key: string | null = null
  let inScenes = false
  let sceneStart = -1
  let count = 0

  const scan = () => {
    for (; at < text.length; at++) {
      const char = text[at]
      if (inString) {
        if (escaped) escaped = false
        else if (char === '\\') escaped = true
        else if (char === '"') {
          inString = false
          if (depth === 1) lastString = readString(text.slice(stringStart, at + 1))
        }
        continue
      }
      if (char === '"') {
        inString = true
        stringStart = at
      } else if (char === ':' && depth === 1) key = lastString
      else if (char === ',' && depth === 1) key = null
      else if (char === '{' || char === '[') {
        depth++
        if (depth === 2 && char === '[' && key === 'scenes') inScenes = true
        else if (depth === 3 && char === '{' && inScenes) sceneStart = at
      } else if (char === '}' || char === ']') {
        if (depth === 3 && char === '}' && sceneStart >= 0) {
          onScene(text.slice(sceneStart, at + 1), count++)
          sceneStart = -1
        } else if (depth === 2 && inScenes) {
          inScenes = false
          onScenesEnd?.(count)
        }
        depth--
      }
    }
  }

  return {
    push(piece: string) {
      text += piece
      scan()
    },
    /** Everything pushed so far: the whole reply once the stream ends. */
    get text() {
      return text
    },
  }
}

const readString = (literal: string): string | null => {
  try {
    return JSON.parse(literal) as string
  } catch {
    return null
  }
}
