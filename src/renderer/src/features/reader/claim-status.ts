/** How claim verification statuses are named and coloured everywhere in the app. */
import type { ClaimStatus } from '../../db/schema';

export const CLAIM_STATUSES: { value: ClaimStatus; label: string; color: string }[] = [
  { value: 'unverified', label: 'Unverified', color: '#7a7f89' },
  { value: 'supported', label: 'Supported', color: '#1b8a4b' },
  { value: 'disputed', label: 'Disputed', color: '#c77700' },
  { value: 'false', label: 'False', color: '#c62828' },
];

export const claimStatusLabel = (status: ClaimStatus): string =>
  CLAIM_STATUSES.find((s) => s.value === status)?.label ?? status;

export const claimStatusColor = (status: ClaimStatus): string =>
  CLAIM_STATUSES.find((s) => s.value === status)?.color ?? '#7a7f89';

export const MEMO_COLOR = '#8c6bb1';
