import { Injectable } from '@nestjs/common';
import { Clock } from '../infrastructure/clock.js';
import { swedishDate } from '../read-models/swedish-date.js';

/** The default "today" of a dated query, taken at the edge from the one clock: the date in Sweden. */
@Injectable()
export class Today {
  constructor(private readonly clock: Clock) {}

  inSweden(): string {
    return swedishDate(this.clock.now());
  }
}
