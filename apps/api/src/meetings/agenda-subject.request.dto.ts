import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENDA_SUBJECT_KINDS, type AgendaSubject, type AgendaSubjectKind } from '@samverkan/meetings';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { Id, OneOf } from '../focus-areas/dto-fields.js';

type Kinded = { kind?: AgendaSubjectKind };
const when =
  (...kinds: AgendaSubjectKind[]) =>
  (o: Kinded) =>
    o.kind !== undefined && kinds.includes(o.kind);

/** What an agenda item is about; the ids each kind needs are required for that kind only. */
export class AgendaSubjectRequestDto {
  @ApiProperty({
    enum: AGENDA_SUBJECT_KINDS,
    enumName: 'AgendaSubjectKind',
    description: 'A pending transition, an annex version, an amendment, a follow-up, or anything else',
  })
  @OneOf(AGENDA_SUBJECT_KINDS)
  kind!: AgendaSubjectKind;

  @ApiPropertyOptional({ description: 'transition and followUp: the focus area' })
  @ValidateIf(when('transition', 'followUp'))
  @Id()
  focusAreaId?: string;

  @ApiPropertyOptional({ description: 'transition: the pending proposal' })
  @ValidateIf(when('transition'))
  @Id()
  proposalId?: string;

  @ApiPropertyOptional({ description: 'annexVersion: the annex' })
  @ValidateIf(when('annexVersion'))
  @Id()
  annexId?: string;

  @ApiPropertyOptional({ description: 'annexVersion: the version decided', minimum: 1 })
  @ValidateIf(when('annexVersion'))
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  @Max(9999)
  version?: number;

  @ApiPropertyOptional({ description: 'amendment: the amendment of the agreement' })
  @ValidateIf(when('amendment'))
  @Id()
  amendmentId?: string;
}

/** The subject as the domain has it (the DTO has already required each kind's ids). */
export const agendaSubjectOf = (dto: AgendaSubjectRequestDto): AgendaSubject => {
  switch (dto.kind) {
    case 'transition':
      return { kind: 'transition', focusAreaId: dto.focusAreaId!, proposalId: dto.proposalId! };
    case 'annexVersion':
      return { kind: 'annexVersion', annexId: dto.annexId!, version: dto.version! };
    case 'amendment':
      return { kind: 'amendment', amendmentId: dto.amendmentId! };
    case 'followUp':
      return { kind: 'followUp', focusAreaId: dto.focusAreaId! };
    case 'other':
      return { kind: 'other' };
  }
};
