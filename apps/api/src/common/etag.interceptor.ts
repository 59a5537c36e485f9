import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { etagOf } from './etag.js';

/** Any response that names the stream revision it reflects carries it as the ETag. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const revision = (body as { revision?: unknown } | null)?.revision;
        if (typeof revision === 'number') context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOf(revision));
        return body;
      }),
    );
  }
}
