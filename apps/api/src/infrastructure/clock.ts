import { Injectable } from '@nestjs/common';
import { swedishDateOf, type IsoDate } from '@samverkan/shared-kernel';
import { randomUUID } from 'node:crypto';

/** The only clock the system reads. Commands take their time from here, at the edge. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Sweden (Europe/Stockholm): the day a command is judged on and a dated query defaults to. */
  todayInSweden(): IsoDate {
    return swedishDateOf(this.now().toISOString());
  }
}

/** The only source of new ids (event ids, focus area ids, proposal ids). */
@Injectable()
export class IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
