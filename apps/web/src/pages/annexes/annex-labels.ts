import { ANNEX_KIND_LABEL_SV, type AnnexKind } from '@samverkan/annex-kind';
import type { AnnexVersion } from './annex-api';

export const annexKindLabel = (kind: AnnexKind): string => ANNEX_KIND_LABEL_SV[kind];

export const ANNEX_KIND_OPTIONS = Object.entries(ANNEX_KIND_LABEL_SV) as [AnnexKind, string][];

/** Where a version stands, as the council reads it. */
export const VERSION_STATUS_SV: Readonly<Record<AnnexVersion['status'], string>> = {
  inForce: 'Gäller',
  superseded: 'Ersatt av en nyare version',
  awaitingSignatures: 'Beslutad – väntar på underskrifter',
  draft: 'Utkast – väntar på rådets beslut',
  replaced: 'Ersatt av ett nyare utkast',
};

export const formatBytes = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} byte`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} kB`
      : `${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/** The file types the API accepts, for the file chooser. */
export const ACCEPTED_FILES = '.pdf,.docx,.odt,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain';
