import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { Clock, IdGenerator } from '../../../infrastructure/clock.js';
import { FocusAreaCommands } from '../../focus-area-commands.service.js';
import { FocusAreaRepository } from '../../focus-area.repository.js';
import { RecordIndicatorMeasurementCommand } from './record-indicator-measurement.command.js';
import type { RecordIndicatorMeasurementResponseDto } from './record-indicator-measurement.response.dto.js';

/**
 * Follow-up: a coordinator records how a goal's indicator measured, or plans a follow-up ("ej mätt
 * ännu"), or revises one. The day it is judged on is today in Sweden, from the one clock.
 */
@CommandHandler(RecordIndicatorMeasurementCommand)
export class RecordIndicatorMeasurementHandler implements ICommandHandler<RecordIndicatorMeasurementCommand> {
  constructor(
    private readonly focusAreas: FocusAreaRepository,
    private readonly access: AgreementAccess,
    private readonly commands: FocusAreaCommands,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async execute({
    focusAreaId,
    goalId,
    measurementId: revised,
    body,
    request,
  }: RecordIndicatorMeasurementCommand): Promise<RecordIndicatorMeasurementResponseDto> {
    const loaded = await this.focusAreas.loadVisible(focusAreaId, request.actor);
    const acting = this.access.requireRole(loaded.agreement, request.actor, 'coordinator');
    const known = loaded.state.context.work.measurements.some((m) => m.measurementId === revised && m.goalId === goalId);
    if (revised !== undefined && !known) throw notFound(`Measurement ${revised}`);
    const measurementId = revised ?? this.ids.newId();
    const { measuredOn, value, comment } = body;
    const data = { goalId, measurementId, measuredOn, value, ...(comment !== undefined ? { comment } : {}) };
    const command = { type: 'RecordIndicatorMeasurement' as const, data, today: this.clock.todayInSweden() };
    const outcome = await this.commands.decideAndAppend(loaded, command, request, acting);
    return { ...outcome, measurementId };
  }
}
