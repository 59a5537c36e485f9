import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { CommandContext, Role, SignInRecord } from '@samverkan/shared-kernel';
import type { Actor } from '../identity/actor.js';
import { parseIfMatch } from './etag.js';

/** What a command handler needs from the HTTP request: who, the correlation id, and If-Match. */
export interface RequestContext {
  readonly actor: Actor;
  readonly correlationId: string;
  /** The revision the caller saw (If-Match), when it sent one. */
  readonly ifMatch?: number;
}

/** The role a handler acts in, and the party when it decides for one. */
export interface Acting {
  readonly role: Role;
  readonly partyId?: string;
}

/** What every event written for this request says in its metadata: who, in which role, for which party, when. */
export const commandContextOf = (request: RequestContext, acting: Acting, now: Date): CommandContext => ({
  actorId: request.actor.userId,
  actorRole: acting.role,
  ...(acting.partyId ? { onBehalfOfPartyId: acting.partyId } : {}),
  now: now.toISOString(),
  correlationId: request.correlationId,
  signIn: signInRecordOf(request.actor),
});

/** The evidence as the event log keeps it: only what the provider vouched for, never who. */
const signInRecordOf = ({ signIn }: Actor): SignInRecord => ({
  method: signIn.method,
  ...(signIn.issuer ? { issuer: signIn.issuer } : {}),
  ...(signIn.acr ? { acr: signIn.acr } : {}),
  ...(signIn.amr ? { amr: [...signIn.amr] } : {}),
});

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext => {
  const request = ctx.switchToHttp().getRequest<Request & { actor?: Actor }>();
  if (!request.actor) throw new Error('Ctx used on a route without authentication');
  // The id pino-http gave the request (logging.module.ts): the same in its log lines and its events.
  const given = typeof (request as { id?: unknown }).id === 'string' ? (request as unknown as { id: string }).id : request.header('x-correlation-id');
  const ifMatch = parseIfMatch(request.header('if-match'));
  return {
    actor: request.actor,
    correlationId: given && CORRELATION_ID.test(given) ? given : randomUUID(),
    ...(ifMatch === undefined ? {} : { ifMatch }),
  };
});
