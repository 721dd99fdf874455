import { afterEach, beforeEach, describe, expect, test } from 'bun:test'
import { Window } from 'happy-dom'
import { render } from 'preact'
import { useEffect } from 'preact/hooks'
import { act } from 'preact/test-utils'
import { createStore, type Store, useStore } from './store.ts'

describe('createStore', () => {
  test('tells each subscriber once per change, never for the same value, and stops after unsubscribe', () => {
    const store = createStore(1)
    const heard: string[] = []
    const stopA = store.subscribe(() => heard.push(`a${store.get()}`))
    store.subscribe(() => heard.push(`b${store.get()}`))
    store.set(2)
    store.set(2)
    stopA()
    store.set(3)
    expect(heard).toEqual(['a2', 'b2', 'b3'])
    expect(store.get()).toBe(3)
  })
})

describe('useStore in a (happy-dom) browser', () => {
  let window: Window
  let root: HTMLElement

  beforeEach(() => {
    window = new Window()
    Object.assign(globalThis, { window, document: window.document })
    root = window.document.createElement('div') as unknown as HTMLElement
  })

  afterEach(async () => {
    await act(() => render(null, root))
    for (const name of ['window', 'document']) delete (globalThis as Record<string, unknown>)[name]
    await window.happyDOM.close()
  })

  const Show = ({ store, id }: { store: Store<number>; id: string }) => <output id={id}>{useStore(store)}</output>
  const text = (id: string) => root.querySelector(`#${id}`)!.textContent

  test('every component that reads the store follows it, and an unmounted one stops listening', async () => {
    const store = createStore(5)
    await act(() =>
      render(
        <>
          <Show store={store} id="one" />
          <Show store={store} id="two" />
        </>,
        root,
      ),
    )
    expect([text('one'), text('two')]).toEqual(['5', '5'])
    await act(() => store.set(10))
    expect([text('one'), text('two')]).toEqual(['10', '10'])

    await act(() => render(<Show store={store} id="one" />, root))
    const heard: number[] = []
    store.subscribe(() => heard.push(store.get()))
    await act(() => store.set(15))
    expect(text('one')).toBe('15')
    // The store's own listener set: the unmounted component's is gone, only ours and "one" remain.
    expect(heard).toEqual([15])
  })

  test('a change made after the first render but before the subscription is not missed', async () => {
    const store = createStore(1)
    // An effect declared before the reader's runs first: it changes the store before useStore subscribes.
    const ChangeFirst = () => {
      useEffect(() => store.set(2), [])
      return null
    }
    await act(() =>
      render(
        <>
          <ChangeFirst />
          <Show store={store} id="late" />
        </>,
        root,
      ),
    )
    expect(text('late')).toBe('2')
  })
})
