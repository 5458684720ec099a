/**
 * Where the CMS reads and writes: a Git host in production (set once by the administrator through
 * build environment variables, docs/cms.md), or the local proxy (`npm run cms`) on a staff member's
 * own machine. A build with neither has no editor: /admin/ says so and loads nothing.
 */

export interface BackendEnv {
  /** github | gitlab | gitea (Gitea and Forgejo speak the same API), or `local` (the local proxy). */
  PZI_CMS_BACKEND?: string;
  /** owner/name of the repository. */
  PZI_CMS_REPO?: string;
  /** Branch the CMS writes to; default "main" with review (editorial workflow) or "isi" without. */
  PZI_CMS_BRANCH?: string;
  /** API root of a self-hosted GitLab or Gitea/Forgejo, e.g. https://git.kpu.example/api/v1. */
  PZI_CMS_API_ROOT?: string;
  /** Base URL of the OAuth provider (GitHub: the OAuth proxy; GitLab/Gitea: the host itself). */
  PZI_CMS_BASE_URL?: string;
  /** OAuth application id (GitLab, Gitea/Forgejo: PKCE, no secret in the browser). */
  PZI_CMS_APP_ID?: string;
}

/** The local backend's own action: "would the content check refuse this entry?" (answered by its gate, never by decap-server). */
export const CHECK_ACTION = 'pziCheck';

/** Port of the local proxy when `npm run cms` is not told otherwise (decap-server's own default). */
export const LOCAL_PROXY_PORT = 8081;

/** Commit messages name what changed, in Indonesian, so the history and the review list read plainly. */
const COMMIT_MESSAGES = {
  create: 'Tambah {{collection}} "{{slug}}" (lewat CMS)',
  update: 'Ubah {{collection}} "{{slug}}" (lewat CMS)',
  delete: 'Hapus {{collection}} "{{slug}}" (lewat CMS)',
  uploadMedia: 'Unggah berkas "{{path}}" (lewat CMS)',
  deleteMedia: 'Hapus berkas "{{path}}" (lewat CMS)',
  openAuthoring: '{{message}}',
};

const HOSTS = new Set(['github', 'gitlab', 'gitea']);

/**
 * `host`: a Git host and repository are set. `local`: the local proxy (`PZI_CMS_BACKEND=local`).
 * `none`: a build without settings; it must not offer the local mode to whoever opens /admin/ on
 * the public site.
 */
export type CmsMode = 'host' | 'local' | 'none';

export function cmsMode(env: BackendEnv): CmsMode {
  const name = env.PZI_CMS_BACKEND?.trim().toLowerCase() ?? '';
  if (HOSTS.has(name) && env.PZI_CMS_REPO?.trim()) return 'host';
  return name === 'local' ? 'local' : 'none';
}

/** `astro dev` (`npm run cms`) with no backend set works through the local proxy; a build never guesses. */
export function cmsEnv<T extends BackendEnv>(env: T, dev: boolean): T {
  return dev && !env.PZI_CMS_BACKEND?.trim() ? { ...env, PZI_CMS_BACKEND: 'local' } : env;
}

export function backendConfig(env: BackendEnv): Record<string, unknown> {
  const local = { url: `http://127.0.0.1:${LOCAL_PROXY_PORT}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] };
  const name = env.PZI_CMS_BACKEND?.trim().toLowerCase() ?? '';
  const mode = cmsMode(env);
  if (mode === 'none') return {};
  if (mode === 'local') {
    // the page works only on a staff member's own machine, through the local proxy
    return {
      backend: { name: 'proxy', proxy_url: local.url, branch: 'main', commit_messages: COMMIT_MESSAGES },
      local_backend: local,
      publish_mode: 'simple',
    };
  }
  // GitHub and GitLab: each change is a branch and a pull/merge request (editorial workflow), merged
  // only when CI passes. Gitea/Forgejo: Decap has no editorial workflow there, so the CMS commits to a
  // branch of its own ("isi") and the administrator merges it into main through a reviewed pull request.
  const review = name !== 'gitea';
  const backend: Record<string, unknown> = {
    name,
    repo: env.PZI_CMS_REPO,
    branch: env.PZI_CMS_BRANCH || (review ? 'main' : 'isi'),
    commit_messages: COMMIT_MESSAGES,
    ...(env.PZI_CMS_API_ROOT ? { api_root: env.PZI_CMS_API_ROOT } : {}),
    ...(env.PZI_CMS_BASE_URL ? { base_url: env.PZI_CMS_BASE_URL } : {}),
    ...(env.PZI_CMS_APP_ID ? { app_id: env.PZI_CMS_APP_ID, auth_type: 'pkce' } : {}),
  };
  return { backend, publish_mode: review ? 'editorial_workflow' : 'simple' };
}
