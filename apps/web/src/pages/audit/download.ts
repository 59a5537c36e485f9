import { ApiProblem, networkProblem } from '../../api/problem';
import { readSession } from '../../api/session';

/** The file name the server gave (Content-Disposition), else `fallback`. */
const fileNameOf = (response: Response, fallback: string): string =>
  /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Downloads a file the API only gives with the bearer token: fetched with the token, its bytes kept
 * as they came (the CSV's byte order mark that Excel needs included), and saved through a Blob URL,
 * so the token never appears in a URL, a history or a server log.
 */
export const downloadWithToken = async (href: string, fallbackName: string): Promise<string> => {
  const token = readSession()?.accessToken;
  let response: Response;
  try {
    response = await fetch(href, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw networkProblem();
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new ApiProblem({ ...body, status: response.status });
  }
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click has been handled; free them after.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
};
