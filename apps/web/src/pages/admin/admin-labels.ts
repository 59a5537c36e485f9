import type { PartyKind, ReportRecipient } from '../../api/schema';
import { capitalise } from '../../ui';

export const PARTY_KIND_LABEL: Readonly<Record<PartyKind, string>> = {
  municipality: 'Kommun',
  localPoliceArea: 'Lokalpolisområde',
  other: 'Annan part',
};

/** The API's recipients are already the Swedish names of the bodies. */
export const recipientLabel = (recipient: ReportRecipient): string => capitalise(recipient);
