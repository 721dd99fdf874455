// The page entry: a module script runs after parsing, so every island is already in the DOM.
import { startIslands } from './runtime.ts'

startIslands()
