import { Injectable } from '@nestjs/common';
import { Clock } from '../infrastructure/clock.js';
import { swedishDateOf } from '@samverkan/shared-kernel';

/** The default "today" of a dated query, taken at the edge from the one clock: the date in Sweden. */
@Injectable()
export class Today {
  constructor(private readonly clock: Clock) {}

  inSweden(): string {
    return swedishDateOf(this.clock.now().toISOString());
  }
}
