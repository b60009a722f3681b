import { pageConfig } from '../shared/vite-page.mjs';

export default pageConfig(import.meta.url);
