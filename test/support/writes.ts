/**
 * The writes a spec makes over HTTP, and the position of the last one: `ok(response)` refuses a
 * failed command (its status and problem in the message) and remembers the position it wrote, so
 * a read can ask for it as `minPosition` (read-your-writes).
 */
export const trackWrites = () => {
  let last = '0';
  return {
    ok: <T extends { status: number; body: { position?: string } }>(res: T): T => {
      if (res.status >= 300) throw new Error(`command failed: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.body.position) last = res.body.position;
      return res;
    },
    /** The position of the last successful write ('0' before any). */
    get last(): string {
      return last;
    },
  };
};
