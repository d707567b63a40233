// A path from the pull request is a name in the repository, never a place on disk or a piece of
// an API URL. Git cannot store `..` or absolute paths, so a change listing that names one is
// broken or hostile; reading it would ask the contents API for `/contents/../../x`, which the
// HTTP client normalises into a request for a different API route. Such a file is not read.

/** Why `path` is not a safe repository path, or undefined when it is. */
export function unsafePathReason(path: string): string | undefined {
  if (path.length === 0) return 'the path is empty';
  // Control characters (NUL included) never occur in a name a person can commit through GitHub.
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'the path contains a control character';
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return 'the path is absolute';
  const segments = path.split(/[\\/]/);
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'the path contains a "." or ".." segment';
  if (segments.some((segment) => segment === '')) return 'the path contains an empty segment';
  return undefined;
}
