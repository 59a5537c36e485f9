import { ApiProblem, networkProblem } from '../../api/problem';

/** The file name the server gave (Content-Disposition), else `fallback`. */
const fileNameOf = (response: Response, fallback: string): string =>
  /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Downloads a file the API only gives to a signed-in session: fetched with the session cookie, its
 * bytes kept as they came (the CSV's byte order mark that Excel needs included), and saved through
 * a Blob URL.
 */
export const downloadWithToken = async (href: string, fallbackName: string): Promise<string> => {
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'same-origin' });
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
