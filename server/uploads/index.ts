export { type UploadRejectedReason, UploadRejected, uploadRejectedStatus } from './errors.ts'
export { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './limits.ts'
export { closeImagePool, type PreparedImage, prepareImageUpload } from './prepare.ts'
export { UPLOAD_ID_PATTERN, uploadUrl } from './url.ts'
