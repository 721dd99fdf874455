import { expect, test } from 'bun:test'
import { unwrittenScript } from './writing-systems.ts'

test('an idea mostly in another script is named by that script', () => {
  expect(unwrittenScript('灯台守が瓶の中の手紙を見つける物語')).toBe('Jpan')
  expect(unwrittenScript('一个关于灯塔看守人的故事')).toBe('Hani')
  expect(unwrittenScript('إعلان لغلاية شمسية تغلي لترًا في 9 دقائق')).toBe('Arab')
  expect(unwrittenScript('Реклама солнечного чайника')).toBe('Cyrl')
})

test('an idea in the Latin alphabet passes, foreign names inside it included', () => {
  expect(unwrittenScript('An ad for a solar kettle')).toBeNull()
  expect(unwrittenScript('Erkläre Kindern, warum der Himmel blau ist')).toBeNull()
  expect(unwrittenScript('A portrait of the Tokyo café 喫茶店 near Ueno station')).toBeNull()
  expect(unwrittenScript('2024 !!!')).toBeNull()
})
