import { ApiProperty } from '@nestjs/swagger';
import { ANNEX_KINDS, type AnnexKind } from '@samverkan/annexes';
import {
  ANNEX_VERSION_STATUSES,
  annexVersionStatus,
  partiesYetToSign,
  versionInForce,
  type AnnexDoc,
  type AnnexDocVersion,
  type AnnexVersionStatus,
} from '@samverkan/read-models';

export class AnnexFileView {
  @ApiProperty({ example: 'lagesbild-2025.pdf' }) readonly fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) readonly mediaType!: string;
  @ApiProperty({ example: 'a'.repeat(64) }) readonly sha256!: string;
  @ApiProperty({ example: 123456 }) readonly bytes!: number;
}

export class RecordedView {
  @ApiProperty({ description: 'When it was recorded (ISO-8601)' }) readonly at!: string;
  @ApiProperty({ description: 'The account that recorded it' }) readonly by!: string;
}

export class AnnexProtocolView {
  @ApiProperty() readonly meetingId!: string;
  @ApiProperty() readonly paragraph!: number;
}

export class AnnexDecisionView extends RecordedView {
  @ApiProperty({ example: '2025-03-13' }) readonly decidedOn!: string;
  @ApiProperty({ type: AnnexProtocolView, nullable: true }) readonly protocol!: AnnexProtocolView | null;
}

export class AnnexSignatureView extends RecordedView {
  @ApiProperty({ example: 'lpo-kavlinge' }) readonly partyId!: string;
  @ApiProperty({ example: '2025-03-20' }) readonly signedOn!: string;
  @ApiProperty({ description: 'councilRepresentative or councilSubstitute' }) readonly role!: string;
}

export class AnnexVersionView {
  @ApiProperty({ example: 1 }) readonly version!: number;
  @ApiProperty() readonly text!: string;
  @ApiProperty({ type: [AnnexFileView] }) readonly files!: AnnexFileView[];
  @ApiProperty({ type: [String] }) readonly bindingPartyIds!: string[];
  @ApiProperty({ type: RecordedView }) readonly drafted!: RecordedView;
  @ApiProperty({ type: AnnexDecisionView, nullable: true }) readonly decision!: AnnexDecisionView | null;
  @ApiProperty({ type: [AnnexSignatureView] }) readonly signatures!: AnnexSignatureView[];
  @ApiProperty({ type: String, nullable: true, description: 'The day it became valid (decided and signed by every bound party)' }) readonly validFrom!:
    | string
    | null;
  @ApiProperty({ enum: ANNEX_VERSION_STATUSES }) readonly status!: AnnexVersionStatus;
  @ApiProperty({ type: [String], description: 'Bound parties that have not signed yet' }) readonly awaitingPartyIds!: string[];
}

export class AnnexView {
  @ApiProperty({ example: 'lomma-2023-2027-lagesbild' }) readonly annexId!: string;
  @ApiProperty({ enum: ANNEX_KINDS }) readonly kind!: AnnexKind;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The version in force (the newest valid one), if any' }) readonly currentVersion!:
    | number
    | null;
  @ApiProperty({ type: [AnnexVersionView], description: 'Every version, newest first' }) readonly versions!: AnnexVersionView[];
  @ApiProperty({ description: 'Annex stream revision (send as If-Match)' }) readonly revision!: number;
}

export class AnnexListView {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty({ type: [AnnexView] }) readonly annexes!: AnnexView[];
}

export const versionView = (annex: AnnexDoc, v: AnnexDocVersion): AnnexVersionView => ({
  ...v,
  files: [...v.files],
  bindingPartyIds: [...v.bindingPartyIds],
  signatures: [...v.signatures],
  status: annexVersionStatus(annex, v),
  awaitingPartyIds: partiesYetToSign(v),
});

export const annexView = (annex: AnnexDoc): AnnexView => ({
  annexId: annex.annexId,
  kind: annex.kind,
  title: annex.title,
  currentVersion: versionInForce(annex)?.version ?? null,
  versions: [...annex.versions].reverse().map((v) => versionView(annex, v)),
  revision: annex.revision,
});

/** The situation picture, then the action plan, then the citizen promises by title. */
export const annexOrder = (a: AnnexDoc, b: AnnexDoc): number =>
  ANNEX_KINDS.indexOf(a.kind) - ANNEX_KINDS.indexOf(b.kind) || a.title.localeCompare(b.title, 'sv');
