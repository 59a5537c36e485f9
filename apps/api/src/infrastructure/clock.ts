import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** The only clock the system reads. Commands take their time from here, at the edge. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** The only source of new ids (event ids, focus area ids, proposal ids). */
@Injectable()
export class IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
