import { useState } from 'preact/hooks'

/** The page contract's one interactive island; the benchmark build ships it as islands/BenchCounter.tsx. */
export default function Counter({ start = 0 }: { start?: number }) {
  const [count, setCount] = useState(start)
  return (
    <button type="button" class="counter" onClick={() => setCount((n) => n + 1)}>
      Clicked {count} times
    </button>
  )
}
