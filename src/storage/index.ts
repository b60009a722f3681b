/** Storage: the key-value seam, its three implementations, versioned values and the app's typed records. */
export type { KeyValueStore } from './key-value-store';
export { MemoryStore } from './memory-store';
export { FileStore, type FileStoreOptions } from './file-store';
export { VersionedStore, IncompleteValueError, DamagedValueError, DEFAULT_MAX_CHUNK_BYTES, ORPHAN_GRACE_MS } from './versioned-store';
export { ProjectStores, SettingsChangedError, SNAPSHOTS_KEPT, boardPart, dayOf } from './project-stores';
export type { StoredBoards, StoredProgress, StoredReport, StoredSettings, StoredSnapshotIndex, StoredSummary } from './records';
export { storageKey, projectPrefix, cleanKeyPart, assertValidKey, DEFAULT_BOARD, PROJECT_WIDE } from './keys';
