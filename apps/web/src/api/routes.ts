import type { paths } from './generated/schema';

/**
 * The API's GET routes as the OpenAPI document names them, under `/api`, and what each answers:
 * `ApiClient.read('/agreements/{agreementId}/board', { agreementId })` is typed by the generated
 * `paths`, so a route or a field the API renames breaks the web's type-check.
 */
type JsonGet = { readonly get: { readonly responses: { readonly 200: { readonly content: { readonly 'application/json': unknown } } } } };
type Under<P> = P extends `/api${infer R}` ? R : never;

export type ReadRoute = { [P in keyof paths]: paths[P] extends JsonGet ? Under<P> : never }[keyof paths];
type Operation<R extends ReadRoute> = paths[`/api${R}`]['get'];

/** The body a read route answers with (its 200's JSON). */
export type Answer<R extends ReadRoute> = Operation<R>['responses'][200]['content']['application/json'];
/** The route's path parameters (`{ agreementId }`), or none. */
export type RouteParams<R extends ReadRoute> = Operation<R>['parameters'] extends { readonly path: infer P }
  ? P extends Readonly<Record<string, string>>
    ? P
    : Record<string, never>
  : Record<string, never>;
/** The route's query parameters as the API documents them. */
export type RouteQuery<R extends ReadRoute> = Operation<R>['parameters'] extends { readonly query?: infer Q } ? NonNullable<Q> : never;

/** `/agreements/{agreementId}/board` with `{ agreementId: 'lomma-2023-2027' }` filled in, encoded. */
export const fillRoute = (route: string, params: Readonly<Record<string, string>>): string =>
  route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
