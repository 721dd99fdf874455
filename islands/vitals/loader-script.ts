import { VITALS_META_NAME } from './constants.ts'

/**
 * The inline script every reporting page ends with (server/render/render.ts writes it; the CSP
 * allows it by its hash, so it names no per-build URL: it reads the module's URL from the meta).
 * Off the critical path on purpose: it waits for `load`, then for an idle moment (at most 5 s),
 * and only then imports the vitals module, which finds what it missed in the browser's buffered
 * performance entries (paints, layout shifts, navigation timing; of the interactions before it,
 * only slow ones are buffered, and slow ones are what INP is about). A page view outside the
 * sample (`Math.random() >= rate`) downloads nothing; neither does one left before it is idle.
 * Safari has no requestIdleCallback: setTimeout stands in (its second argument then means 0 ms).
 * A failed import (offline, a new build) is silent: vitals are never worth an error.
 */
export const VITALS_LOADER_SCRIPT =
  `addEventListener('load',()=>{let d=document.querySelector('meta[name=${VITALS_META_NAME}]')?.dataset;` +
  'd&&Math.random()<d.rate&&(self.requestIdleCallback||setTimeout)(()=>import(d.src).catch(()=>{}),{timeout:5e3})})'
