/** The seeded demo workspace generator and the benchmark's sized project. */
export { generateDemo, DEFAULT_SEED, HIDDEN_FROM_VIEWER, type DemoOptions, type DemoOutput } from './generate';
export { generateSizedProject, generateSizedSite, type SizedOptions } from './sized';
export type { DeepPartial } from './story';
export { DEMO_ADMIN, DEMO_VIEWER } from './people';
