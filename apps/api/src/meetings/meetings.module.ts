import { Global, Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AddAgendaItemController } from './commands/add-agenda-item/add-agenda-item.http.controller.js';
import { AddAgendaItemHandler } from './commands/add-agenda-item/add-agenda-item.handler.js';
import { AdoptMinutesController } from './commands/adopt-minutes/adopt-minutes.http.controller.js';
import { AdoptMinutesHandler } from './commands/adopt-minutes/adopt-minutes.handler.js';
import { CheckMinutesController } from './commands/check-minutes/check-minutes.http.controller.js';
import { CheckMinutesHandler } from './commands/check-minutes/check-minutes.handler.js';
import { HoldMeetingController } from './commands/hold-meeting/hold-meeting.http.controller.js';
import { HoldMeetingHandler } from './commands/hold-meeting/hold-meeting.handler.js';
import { RemoveAgendaItemController } from './commands/remove-agenda-item/remove-agenda-item.http.controller.js';
import { RemoveAgendaItemHandler } from './commands/remove-agenda-item/remove-agenda-item.handler.js';
import { ReorderAgendaController } from './commands/reorder-agenda/reorder-agenda.http.controller.js';
import { ReorderAgendaHandler } from './commands/reorder-agenda/reorder-agenda.handler.js';
import { ScheduleMeetingController } from './commands/schedule-meeting/schedule-meeting.http.controller.js';
import { ScheduleMeetingHandler } from './commands/schedule-meeting/schedule-meeting.handler.js';
import { MeetingCitations } from './meeting-citations.js';
import { MeetingCommands } from './meeting-commands.service.js';
import { MeetingReadAccess } from './meeting-read-access.js';
import { MeetingRepository } from './meeting.repository.js';
import { MeetingsReadModel } from './meetings-read-model.js';
import { GetAgendaSuggestionsController } from './queries/get-agenda-suggestions/get-agenda-suggestions.http.controller.js';
import { GetAgendaSuggestionsHandler } from './queries/get-agenda-suggestions/get-agenda-suggestions.handler.js';
import { GetMeetingController } from './queries/get-meeting/get-meeting.http.controller.js';
import { GetMeetingHandler } from './queries/get-meeting/get-meeting.handler.js';
import { ListMeetingsController } from './queries/list-meetings/list-meetings.http.controller.js';
import { ListMeetingsHandler } from './queries/list-meetings/list-meetings.handler.js';
import { StreamMeetingCitations } from './stream-meeting-citations.js';

/** Meetings of the council and the operative group; global because every decision may cite one, and the obligations count those held. */
@Global()
@Module({
  imports: [IdentityModule, AgreementsModule],
  controllers: [
    ScheduleMeetingController,
    ListMeetingsController,
    GetMeetingController,
    GetAgendaSuggestionsController,
    AddAgendaItemController,
    RemoveAgendaItemController,
    ReorderAgendaController,
    HoldMeetingController,
    AdoptMinutesController,
    CheckMinutesController,
  ],
  providers: [
    MeetingRepository,
    { provide: MeetingCitations, useClass: StreamMeetingCitations },
    MeetingCommands,
    MeetingsReadModel,
    MeetingReadAccess,
    ScheduleMeetingHandler,
    AddAgendaItemHandler,
    RemoveAgendaItemHandler,
    ReorderAgendaHandler,
    HoldMeetingHandler,
    AdoptMinutesHandler,
    CheckMinutesHandler,
    ListMeetingsHandler,
    GetMeetingHandler,
    GetAgendaSuggestionsHandler,
  ],
  exports: [MeetingRepository, MeetingCitations, MeetingsReadModel],
})
export class MeetingsModule {}
