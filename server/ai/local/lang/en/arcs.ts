import { cap } from '../helpers.ts'
import type { ArcPhrases, Entry, Kind } from '../types.ts'

/** English scenes for each beat of each kind of video. `c.s` is the subject, `c.detail` the prompt's detail. */

const promo: ArcPhrases = {
  hook: [
    {
      say: (c) => `Looking for ${c.s.a} you can actually count on? Stay right here.`,
      show: (c) => `Looking for ${c.s.a}?`,
      see: (c) => `someone pausing in front of ${c.s.the}, curious`,
    },
    {
      say: (c) => `Some places just get it right. Here is one of them: ${c.s.the}.`,
      show: 'Some get it right',
      see: (c) => `the entrance of ${c.s.the} in the first light of the day`,
    },
    {
      say: (c) => `Stop scrolling for a second. This one is about ${c.s.the}.`,
      show: 'Stop scrolling.',
      see: (c) => `a thumb freezing mid-scroll, then ${c.s.the} filling the frame`,
    },
    {
      say: 'You know that feeling when something simply works? Let us show you.',
      show: 'It simply works',
      see: (c) => `a quick, satisfying moment at ${c.s.the}`,
    },
  ],
  context: [
    {
      say: "We've all been there: it has to be done, done right, and done today.",
      show: 'Done right. Done today.',
      see: 'a busy day, a clock ticking on the wall',
    },
    {
      say: 'Life is busy enough. The last thing you need is another compromise.',
      show: 'No more compromises',
      see: 'people hurrying past, a little overwhelmed',
    },
    {
      say: 'You want someone who listens first and gets it right the first time.',
      show: 'Listen first',
      see: 'a friendly conversation across the counter',
    },
    {
      say: 'There are plenty of options out there. You want the one that feels right.',
      show: 'The one that feels right',
      see: 'several choices side by side, one of them standing out',
    },
    {
      say: (c) => `And that is exactly the idea behind ${c.s.the}.`,
      show: 'The idea behind it',
      see: (c) => `the sign of ${c.s.the} catching the light`,
    },
  ],
  development: [
    {
      say: (c) => `At ${c.s.the}, it starts with real people who care about the details.`,
      show: 'Real people. Real care.',
      see: 'hands at work, focused and unhurried',
    },
    {
      say: "Every detail gets attention: the ones you notice, and the ones you don't.",
      show: 'Every detail counts',
      see: 'small details in sharp focus',
    },
    {
      say: 'No shortcuts and no surprises, just honest work you can see.',
      show: 'No shortcuts. No surprises.',
      see: 'the work in progress, clear and honest',
    },
    {
      say: "Ask anything. You'll get a straight answer and a friendly face.",
      show: 'Straight answers',
      see: 'a smile across the counter',
    },
    {
      say: "It's quick when you need quick, and careful where it matters.",
      show: 'Quick. Careful.',
      see: 'a fast, precise movement, then a careful final check',
    },
    {
      say: 'Regulars come back for a reason, and newcomers soon find out why.',
      show: 'Come back for a reason',
      see: 'a regular greeted by name',
    },
    {
      say: "Behind every result there's know-how, built up one day at a time.",
      show: 'Know-how, built daily',
      see: 'well-used tools lined up in order',
    },
    {
      say: (c) => `${cap(c.s.the)}: the kind of place you tell your friends about.`,
      show: 'Tell your friends',
      see: 'two friends chatting, one pointing the way',
    },
  ],
  payoff: [
    {
      say: 'The result? You leave with a smile, and everything just works.',
      show: 'It just works',
      see: 'a happy customer heading out the door',
    },
    {
      say: (c) => `That feeling is what it's all about at ${c.s.the}.`,
      show: 'That feeling',
      see: 'a quiet moment of satisfaction',
    },
    {
      say: 'Less worry, and more time for the things you love.',
      show: 'More time for what you love',
      see: 'someone enjoying the rest of the day, carefree',
    },
    {
      say: 'Simple, friendly, and done right. Exactly how it should be.',
      show: 'Exactly how it should be',
      see: 'a finished result, shown with pride',
    },
  ],
  closing: [
    {
      say: (c) => `Discover ${c.s.the} today. You'll wonder why you waited.`,
      show: 'Discover it today',
      see: (c) => `${c.s.the}, doors open and lights on`,
    },
    {
      say: (c) => `Give ${c.s.the} a try, and see the difference for yourself.`,
      show: 'See the difference',
      see: (c) => `the logo of ${c.s.the} on a clean background`,
    },
    {
      say: (c) => `${cap(c.s.the)}. Made for you, and ready when you are.`,
      show: 'Ready when you are',
      see: (c) => `a warm welcome at ${c.s.the}`,
    },
  ],
}

const story: ArcPhrases = {
  hook: [
    {
      say: (c) => `This is the story of ${c.s.a}${c.detail ? ` ${c.detail}` : ''}.`,
      show: (c) => (c.detail ? cap(`${c.s.a} ${c.detail}`) : c.s.label),
      see: (c) => `a first glimpse of ${c.s.the}, alone in the frame`,
    },
    {
      say: 'It began on an ordinary day, the way the best stories do.',
      show: 'An ordinary day',
      see: 'a quiet morning with nothing out of place, yet',
    },
    {
      say: (c) => `Nobody expected much from ${c.s.the}. That was their first mistake.`,
      show: 'Nobody expected much',
      see: (c) => `${c.s.the}, small against a very big world`,
    },
    {
      say: (c) => `Once, not so long ago, there was ${c.s.a}.`,
      show: 'Once upon a time',
      see: 'a storybook landscape slowly coming into focus',
    },
  ],
  context: [
    {
      say: 'Every day looked the same, and every day something felt missing.',
      show: 'Something missing',
      see: 'the same routine, repeated, in muted colors',
    },
    {
      say: 'The world around was busy, loud, and always in a hurry.',
      show: 'A world in a hurry',
      see: 'a crowd rushing past without looking',
    },
    {
      say: 'But deep down, there was a wish that nobody had heard yet.',
      show: 'A secret wish',
      see: 'a window at night, one light still on',
    },
    {
      say: 'Then, one morning, something small changed everything.',
      show: 'Then, one morning…',
      see: 'a small, unexpected object catching the light',
    },
    {
      say: 'It would take courage, patience, and a little luck.',
      show: 'Courage. Patience. Luck.',
      see: 'a long road stretching to the horizon',
    },
  ],
  development: [
    {
      say: 'The first try went wrong. So did the second.',
      show: 'Try again',
      see: 'a clumsy first attempt, then another',
    },
    {
      say: 'Step by step, the impossible started to look possible.',
      show: 'Step by step',
      see: 'footsteps on a path, getting steadier',
    },
    {
      say: 'Along the way came an unexpected friend.',
      show: 'An unexpected friend',
      see: 'two silhouettes meeting on the road',
    },
    {
      say: 'There were doubts, long nights, and one very bad idea.',
      show: 'One very bad idea',
      see: 'a messy table under a single lamp',
    },
    {
      say: 'Then came the moment to choose: turn back, or keep going.',
      show: 'Turn back, or keep going?',
      see: 'a fork in the road under a changing sky',
    },
    {
      say: (c) => `And ${c.s.the} kept going.`,
      show: 'Keep going',
      see: (c) => `${c.s.the} moving forward against the wind`,
    },
    {
      say: 'Every setback taught something new.',
      show: 'Every setback teaches',
      see: 'a small repair, done with care',
    },
    {
      say: 'And slowly, the goal came within reach.',
      show: 'Almost there',
      see: 'the destination appearing in the distance',
    },
  ],
  payoff: [
    {
      say: 'And then, at last, it happened.',
      show: 'At last',
      see: 'a burst of light and a held breath',
    },
    {
      say: "It wasn't perfect. It was better than perfect: it was real.",
      show: 'Better than perfect',
      see: 'an imperfect, beautiful result',
    },
    {
      say: 'Everyone who had doubted it stopped and stared.',
      show: 'Nobody doubted anymore',
      see: 'surprised faces turning to look',
    },
    {
      say: 'For the first time, everything felt exactly right.',
      show: 'Exactly right',
      see: 'a calm, wide view after the storm',
    },
  ],
  closing: [
    {
      say: 'Sometimes the smallest stories carry the biggest hearts.',
      show: 'The End',
      see: 'the camera pulling back as the light fades',
    },
    {
      say: (c) => `And that is how the story of ${c.s.the} began, not ended.`,
      show: 'Just the beginning',
      see: 'a new day rising over the horizon',
    },
    {
      say: 'Remember this one the next time something feels impossible.',
      show: 'Nothing is impossible',
      see: 'a last look back, then a smile',
    },
  ],
}

const portrait: ArcPhrases = {
  hook: [
    {
      say: (c) => `Take a closer look at ${c.s.the}. There's more here than meets the eye.`,
      show: 'Look closer',
      see: (c) => `${c.s.the}, revealed slowly from the shadows`,
    },
    {
      say: (c) => `What makes ${c.s.the} worth a second look? Let's find out.`,
      show: 'Worth a second look',
      see: (c) => `a striking first view of ${c.s.the}`,
    },
    {
      say: (c) => `You might think you know ${c.s.the}. Think again.`,
      show: 'Think again',
      see: 'a familiar sight from an unfamiliar angle',
    },
    {
      say: (c) => `It starts with a simple question: why ${c.s.the}?`,
      show: (c) => `Why ${c.s.label}?`,
      see: 'a single detail, isolated and intriguing',
    },
  ],
  context: [
    {
      say: 'To understand it, start with where it all comes from.',
      show: 'Where it comes from',
      see: 'the origins, shown in an old photograph',
    },
    {
      say: "It didn't appear overnight. It grew, piece by piece.",
      show: 'Piece by piece',
      see: 'a time-lapse of something taking shape',
    },
    {
      say: "For many people it's part of everyday life, often without a second thought.",
      show: 'Part of everyday life',
      see: 'ordinary people on an ordinary day',
    },
    {
      say: 'But look a little closer, and the details start to tell a story.',
      show: 'The details tell a story',
      see: 'a slow push-in on a telling detail',
    },
    {
      say: "Here's what matters most, in a few simple steps.",
      show: 'What matters most',
      see: 'a clean layout of the key elements',
    },
  ],
  development: [
    {
      say: 'Start with the basics: what it is, and why it matters.',
      show: 'The basics',
      see: (c) => `${c.s.the}, shown simply and clearly`,
    },
    {
      say: "Then there's how it works, one step at a time.",
      show: 'How it works',
      see: 'each step shown in sequence',
    },
    {
      say: 'The people behind it make all the difference.',
      show: 'The people behind it',
      see: 'faces and hands of the people involved',
    },
    {
      say: 'Small choices add up to something much bigger.',
      show: 'Small choices, big impact',
      see: 'many small pieces forming one picture',
    },
    {
      say: "There's a rhythm to it. Once you see it, you can't unsee it.",
      show: 'Find the rhythm',
      see: 'a repeating pattern in motion',
    },
    {
      say: 'Notice the textures, the colors, the little imperfections.',
      show: 'Textures and colors',
      see: 'rich textures in raking light',
    },
    {
      say: 'Every part has a purpose. Nothing here is an accident.',
      show: 'Nothing by accident',
      see: 'parts fitting together precisely',
    },
    {
      say: 'And it keeps changing, a little more every year.',
      show: 'Always changing',
      see: 'then and now, side by side',
    },
  ],
  payoff: [
    {
      say: (c) => `Put it all together, and ${c.s.the} makes sense in a whole new way.`,
      show: 'A whole new view',
      see: (c) => `the full picture of ${c.s.the} at last`,
    },
    {
      say: (c) => `That is what makes ${c.s.the} special.`,
      show: 'What makes it special',
      see: 'the most beautiful detail, held on screen',
    },
    {
      say: 'Once you see it, you never look at it the same way again.',
      show: 'Never the same again',
      see: 'a slow reveal from close to wide',
    },
    {
      say: 'Simple on the surface, and surprisingly deep underneath.',
      show: 'Surprisingly deep',
      see: 'layers peeling back one by one',
    },
  ],
  closing: [
    {
      say: (c) => `Next time you come across ${c.s.the}, take a second look.`,
      show: 'Take a second look',
      see: (c) => `${c.s.the} in the evening light`,
    },
    {
      say: (c) => `${cap(c.s.the)}: closer than you think.`,
      show: 'Closer than you think',
      see: 'the camera drifting away, leaving the subject in frame',
    },
    {
      say: "Stay curious. There's always more to discover.",
      show: 'Stay curious',
      see: 'a door left open onto bright light',
    },
  ],
}

export const arcs: Record<Kind, ArcPhrases> = { promo, story, portrait }

export const universal: Entry[] = [
  { say: 'Look closer. This is where it gets interesting.', show: 'Look closer', see: 'a slow push-in on something easy to miss' },
  { say: 'Hold on this moment for a second.', show: 'Hold the moment', see: 'a still frame, everything paused' },
  { say: 'Listen. Even the quiet moments have something to say.', show: 'Quiet moments', see: 'an empty space, just ambient sound' },
  { say: 'One detail leads to another, and then another.', show: 'One detail at a time', see: 'a chain of details, cut together' },
  { say: 'Here, time seems to slow down.', show: 'Time slows down', see: 'slow motion, dust floating in the light' },
  { say: 'The light changes, and so does the mood.', show: 'A change of light', see: 'the same place as the light shifts' },
  { say: 'Everything comes together, piece by piece.', show: 'Coming together', see: 'pieces sliding into place' },
  { say: "And just when you think you've seen it all, there's more.", show: "There's more", see: 'a hidden corner revealed' },
]

export const detail: Entry = {
  say: (c) => `Meet ${c.s.the} ${c.detail ?? ''}.`,
  show: (c) => c.s.label,
  see: (c) => `${c.s.the}, ${c.detail ?? ''}`,
}
