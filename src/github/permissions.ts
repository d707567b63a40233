// Who may steer the bot: people with write, maintain or admin access to the repository.
// Commands (`/decision`, `/data-review`) and decision labels from anyone else change nothing.
import type { GitHubClient } from './client.js';

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export async function canWrite(client: GitHubClient, owner: string, repo: string, login: string): Promise<boolean> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login });
    // `permission` is the legacy field (maintain shows as write); `role_name` names custom roles too.
    const role = (data as { role_name?: string }).role_name;
    return WRITE_ROLES.has(data.permission) || (role !== undefined && WRITE_ROLES.has(role));
  } catch (error) {
    // 404: not a collaborator at all. Anything else is a real failure and must not pass as "no".
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
