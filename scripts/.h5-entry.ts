export { scanDocument } from '../core/pipeline';
export { findArticle } from '../core/article';
export { buildTextMap } from '../core/textmap';
export { findPublished } from '../core/published';
export { Readability } from '@mozilla/readability';
