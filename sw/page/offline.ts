import { showOfflinePage } from './offline-language.ts'

showOfflinePage(document, navigator.languages?.length ? navigator.languages : [navigator.language])
