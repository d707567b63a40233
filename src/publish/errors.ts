// How a failed GitHub request is described in the log, the run's errors and the summary.

/** A failed request described with its HTTP status, on one line (GraphQL errors come as a list). */
export function describeError(error: unknown): string {
  // No answer in time, or an answer cut short: octokit reports both as status 500, which GitHub
  // never sent. The cause says what happened.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && (cause.name === 'GitHubTimeoutError' || cause.name === 'GitHubIncompleteBodyError')) return cause.message;
  if (error && typeof error === 'object') {
    const status = (error as { status?: unknown }).status;
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
  }
  return String(error);
}

export function statusOf(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}
