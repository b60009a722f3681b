/** The backlog signal rules (area 'backlog', role PO), one file per rule. */
import type { SignalRule } from '../rule';

export const backlogRules: SignalRule[] = [];
