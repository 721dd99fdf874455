/** The caption model lives in shared/ so brand kits (server) and the painter (here) read one source. */
export * from '../../shared/caption-style.ts'
