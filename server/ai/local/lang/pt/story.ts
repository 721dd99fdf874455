import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `Esta é a história de ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `um primeiro olhar para ${c.s.the}, no centro do quadro`,
    },
    {
      say: 'Tudo começou num dia comum, como as melhores histórias.',
      show: 'Um dia comum',
      see: 'uma manhã tranquila, tudo no lugar, por enquanto',
    },
    {
      say: (c) => `Ninguém esperava muito ${c.s.of}. Esse foi o primeiro erro.`,
      show: 'Ninguém esperava muito',
      see: (c) => `${c.s.the} diante de um mundo enorme`,
    },
    {
      say: (c) => `Era uma vez, não faz tanto tempo, ${c.s.a}.`,
      show: 'Era uma vez',
      see: 'uma paisagem de conto de fadas que aos poucos entra em foco',
    },
  ],
  closing: [
    {
      say: 'Às vezes, as menores histórias têm o maior coração.',
      show: 'Fim',
      see: 'a câmera se afasta enquanto a luz se apaga',
    },
    {
      say: (c) => `E foi assim que a história ${c.s.of} começou, e não terminou.`,
      show: 'Só o começo',
      see: 'um novo dia nascendo no horizonte',
    },
    {
      say: 'Lembre desta história da próxima vez que algo parecer impossível.',
      show: 'Nada é impossível',
      see: 'um último olhar para trás, e um sorriso',
    },
  ],
}
