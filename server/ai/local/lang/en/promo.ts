import { cap } from '../helpers.ts'
import type { ArcPhrases } from '../types.ts'

export const promo: ArcPhrases = {
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
