/**
 * The page route templates, as metrics and vitals name them (never raw URLs: label cardinality
 * stays bounded however many ids are requested).
 */
export const PAGE_ROUTES = [
  '/',
  '/gallery',
  '/videos',
  '/videos/:id',
  '/assistant',
  '/account',
  '/login',
  '/signup',
  '/admin/metrics',
] as const
