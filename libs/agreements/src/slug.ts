/** Lower-case words joined by hyphens: safe in a stream name (`agreement-<id>`) and in a URL. */
export const isSlug = (value: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
