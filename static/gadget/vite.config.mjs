import { pageConfig } from '../shared/vite-page.mjs';

// One build for both the gadget and its edit view (manifest.yml: resource and edit.resource).
export default pageConfig(import.meta.url);
