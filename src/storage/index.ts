/** Storage: the key-value seam, its three implementations, versioned values and the app's typed records. */
export type { KeyValueStore } from './key-value-store';
export { MemoryStore } from './memory-store';
export { FileStore, type FileStoreOptions } from './file-store';
export { VersionedStore, IncompleteValueError, DamagedValueError, DEFAULT_MAX_CHUNK_BYTES, ORPHAN_GRACE_MS } from './versioned-store';
export { ProjectStores, SettingsChangedError, SNAPSHOTS_KEPT, boardPart, dayOf, type ProgressWrite } from './project-stores';
export { PortfolioIndex, PORTFOLIO_PAGE_SIZE, type PortfolioChange } from './portfolio-index';
export { withLock, LockBusyError } from './lock';
export type {
  StoredBoards,
  StoredPortfolioDirectory,
  StoredPortfolioEntry,
  StoredPortfolioPage,
  StoredProgress,
  StoredReport,
  StoredSettings,
  StoredSnapshotIndex,
  StoredSummary,
} from './records';
export { storageKey, projectPrefix, portfolioKey, cleanKeyPart, assertValidKey, DEFAULT_BOARD, PROJECT_WIDE } from './keys';
