/**
 * The CI/CD definitions for the publishing path:
 * - .github/workflows/*.yml: validated against the GitHub Actions workflow schema by
 *   `@action-validator/core` (the schemastore.org schema compiled into WebAssembly, offline);
 * - .gitlab-ci.yml: no offline validator or schema ships on npm, so a zod schema of the keys
 *   this file uses (unknown keys and wrong types are errors) plus the same rules as GitHub's.
 * Rules for both: a pull/merge request runs check, build and tests; main builds, then a separate
 * deploy job publishes, and only that job reads secrets; `.cache/` is cached with a key a cold
 * run restores; the full history is fetched (the history pages read it); the commands are the README's.
 */
import { validateWorkflow } from '@action-validator/core';
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string | { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflowFiles = [...globSync('.github/workflows/*.yml'), ...globSync('.forgejo/workflows/*.yml')];
const CMS_SETTINGS = ['PZI_CMS_BACKEND', 'PZI_CMS_REPO', 'PZI_CMS_BRANCH', 'PZI_CMS_BASE_URL', 'PZI_CMS_APP_ID', 'PZI_CMS_API_ROOT'];
const commands = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['.github/workflows/site.yml', '.forgejo/workflows/site.yml']));
  });

  it.each(workflowFiles)('%s passes the workflow schema', (file) => {
    const state = validateWorkflow(readFileSync(file, 'utf8'));
    expect(state.errors).toEqual([]);
  });

  it('the schema check catches a broken workflow (misspelt event, job without runs-on)', () => {
    const state = validateWorkflow('on: pull_requets\njobs:\n  test:\n    steps:\n      - run: npm test\n');
    expect(state.errors.map((e) => ('path' in e ? e.path : ''))).toEqual(expect.arrayContaining(['/on', '/jobs/test']));
  });

  const site = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as Workflow;
  const jobs = Object.entries(site.jobs);

  it('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(site.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect((site.on.push as { branches: string[] }).branches).toEqual(['main']);
  });

  it('code changes: check, build and the whole test suite; a content-only change skips the suite', () => {
    const test = site.jobs.test!;
    expect(test.needs).toBe('changes');
    expect(test.if).toBe("needs.changes.outputs.content_only != 'true'");
    expect(commands(site.jobs.changes!)).toContain('scripts/deploy/content-only.sh');
    const run = commands(test);
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm test']) expect(run).toContain(command);
    expect(run).toMatch(/apt-get install[^\n]*chromium[^\n]*nginx[^\n]*apache2[^\n]*openssh-server[^\n]*vsftpd/);
  });

  it('every change is checked, built for production with the CMS settings, and smoke-tested', () => {
    const build = site.jobs.build!;
    expect(build.if).toBeUndefined();
    const run = commands(build);
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm run smoke']) expect(run).toContain(command);
    const env = build.steps.find((step) => step.run?.includes('npm run build'))?.env ?? {};
    for (const name of CMS_SETTINGS) expect(env[name], name).toBe(`\${{ vars.${name} }}`);
  });

  it('main: deploy as a separate job that receives the build, waits for the suite when it runs, and alone holds secrets', () => {
    const build = site.jobs.build!;
    const deploy = site.jobs.deploy!;
    expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with?.['include-hidden-files']).toBe(true);
    expect(deploy.needs).toEqual(['changes', 'test', 'build']);
    expect(deploy.if).toContain("refs/heads/main");
    expect(deploy.if).toContain("needs.test.result == 'skipped'");
    expect(deploy.environment).toBe('production');
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(commands(deploy)).toContain('npm run terbitkan -- --tanpa-build --dist dist');
    expect(commands(deploy)).not.toMatch(/npm (run )?build/);
    for (const [name, job] of jobs) {
      const usesSecrets = JSON.stringify(job).includes('secrets.');
      expect(usesSecrets, `job ${name}`).toBe(name === 'deploy');
    }
    expect(readFileSync('.github/workflows/site.yml', 'utf8').replace(/^\s*#.*$/gm, '').match(/secrets\./g)?.length).toBe(3);
  });

  it('every job that builds fetches the full history and restores .cache/ with a key a cold run can reuse', () => {
    for (const [name, job] of jobs.filter(([, j]) => commands(j).includes('npm run build') && j.steps.some((step) => step.uses?.startsWith('actions/cache@') && String(step.with?.path).includes('.cache')))) {
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], name).toBe(0);
      const cacheIndex = job.steps.findIndex((step) => step.uses?.startsWith('actions/cache@') && /^\.cache$/m.test(String(step.with?.path)));
      const cache = job.steps[cacheIndex];
      expect(String(cache?.with?.path), name).toMatch(/^\.cache$/m);
      // never Astro's content store: it keeps entries parsed by an older schema
      expect(String(cache?.with?.path), name).not.toContain('.astro');
      // keyed per commit (a new cache each run), restored from any earlier one
      expect(String(cache?.with?.key), name).toContain('${{ github.sha }}');
      expect(String(cache?.with?.['restore-keys']), name).toMatch(/^pzi-cache-$/m);
      // restored after `npm ci`, which empties node_modules/
      const ci = job.steps.findIndex((step) => step.run?.startsWith('npm ci'));
      expect(ci, name).toBeGreaterThanOrEqual(0);
      expect(cacheIndex, name).toBeGreaterThan(ci);
    }
  });
});

/** The keys .gitlab-ci.yml may use, strictly: a misspelt key or a wrong type fails. */
const gitlabRule = z.strictObject({ if: z.string(), when: z.enum(['always', 'never', 'on_success', 'manual']).optional() });
const gitlabCache = z.strictObject({ key: z.string(), paths: z.array(z.string()).min(1), policy: z.enum(['pull', 'push', 'pull-push']).optional() });
const gitlabJob = z.strictObject({
  stage: z.string(),
  image: z.string().optional(),
  rules: z.array(gitlabRule).min(1),
  needs: z.array(z.union([z.string(), z.strictObject({ job: z.string(), artifacts: z.boolean().optional() })])).optional(),
  timeout: z.string().optional(),
  cache: z.union([z.array(gitlabCache), gitlabCache]).optional(),
  before_script: z.array(z.string()).optional(),
  script: z.array(z.string()).min(1),
  artifacts: z.strictObject({ paths: z.array(z.string()).min(1), expire_in: z.string().optional() }).optional(),
  environment: z.union([z.string(), z.strictObject({ name: z.string(), url: z.string().optional() })]).optional(),
  resource_group: z.string().optional(),
  interruptible: z.boolean().optional(),
  variables: z.record(z.string(), z.string()).optional(),
});
const gitlabFile = z
  .object({
    stages: z.array(z.string()).min(1),
    variables: z.record(z.string(), z.string()),
    default: z.strictObject({ image: z.string(), interruptible: z.boolean().optional() }),
  })
  .catchall(z.unknown());

type GitlabJob = z.infer<typeof gitlabJob>;

/** Hidden keys (`.name`) are YAML anchors, not jobs; the rest are jobs. */
function gitlabJobs(text: string): Record<string, GitlabJob> {
  const data = gitlabFile.parse(parse(text, { merge: true }));
  const reserved = new Set(['stages', 'variables', 'default', 'workflow', 'include']);
  const jobs: Record<string, GitlabJob> = {};
  for (const [name, value] of Object.entries(data)) {
    if (reserved.has(name) || name.startsWith('.')) continue;
    const job = gitlabJob.parse(value);
    if (!data.stages.includes(job.stage)) throw new Error(`job ${name}: stage ${job.stage} is not in stages`);
    jobs[name] = job;
  }
  return jobs;
}

describe('.gitlab-ci.yml', () => {
  const text = readFileSync('.gitlab-ci.yml', 'utf8');
  const jobs = gitlabJobs(text);
  const run = (job: GitlabJob) => [...(job.before_script ?? []), ...job.script].join('\n');

  it('has the structure GitLab expects (strict zod schema of the keys used)', () => {
    expect(Object.keys(jobs).sort()).toEqual(['build', 'deploy', 'test']);
  });

  it('the structural check catches a misspelt key and a job in an unknown stage', () => {
    expect(() => gitlabJobs(text.replace('  script:\n    - npm ci --no-audit --no-fund\n    - npm run check', '  scirpt:\n    - npm run check'))).toThrow();
    expect(() => gitlabJobs(text.replace('stage: deploy', 'stage: publish'))).toThrow(/stage publish/);
  });

  it('code changes: the whole test suite; a content-only change stops it before installing anything', () => {
    expect(jobs.test!.rules.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    const script = run(jobs.test!);
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm test']) expect(script).toContain(command);
    expect(script.indexOf('content-only.sh')).toBeLessThan(script.indexOf('apt-get'));
    expect(script).toMatch(/apt-get install[^\n]*openssh-server[^\n]*vsftpd/);
    for (const command of ['npm run check', 'npm run build', 'npm run smoke']) expect(run(jobs.build!)).toContain(command);
    expect(jobs.build!.needs).toEqual([]);
  });

  it('default branch: build, then deploy as a separate job that alone holds the secrets', () => {
    expect(jobs.deploy!.rules.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(jobs.build!.artifacts?.paths).toEqual(['dist/']);
    expect(jobs.deploy!.needs).toEqual([{ job: 'build', artifacts: true }, { job: 'test', artifacts: false }]);
    expect(jobs.deploy!.environment).toEqual({ name: 'production' });
    expect(run(jobs.deploy!)).toContain('npm run terbitkan -- --tanpa-build --dist dist');
    for (const [name, job] of Object.entries(jobs)) expect(job.environment === undefined, `job ${name}`).toBe(name !== 'deploy');
    // the CMS settings are ordinary variables, documented for the build
    for (const name of CMS_SETTINGS) expect(text).toContain(name);
  });

  it('fetches the full history and caches .cache/ under one key for every branch', () => {
    const data = parse(text, { merge: true }) as { variables: Record<string, string> };
    expect(data.variables.GIT_DEPTH).toBe('0');
    for (const name of ['test', 'build']) {
      const caches = [jobs[name]!.cache].flat();
      expect(caches.some((c) => c?.paths.includes('.cache/') && !c.key.includes('$')), name).toBe(true);
    }
  });
});

describe('the README and .ci/run use the same reproducible install', () => {
  it('npm run setup && npm run build, then npm test', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/^npm run setup && npm run build\b/m);
    expect(readme).toMatch(/^npm test\b/m);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm run setup && npm run build$/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});

describe('Forgejo/Gitea Actions workflow', () => {
  const forgejo = parse(readFileSync('.forgejo/workflows/site.yml', 'utf8')) as Workflow;

  it('code changes run the suite; every change is checked, built with the CMS settings and smoke-tested; only main publishes', () => {
    expect(forgejo.jobs.test!.if).toBe("needs.changes.outputs.content_only != 'true'");
    const publish = forgejo.jobs.publish!;
    const run = commands(publish);
    for (const command of ['npm run check', 'npm run build', 'npm run smoke', 'npm run terbitkan -- --tanpa-build --dist dist']) expect(run).toContain(command);
    const build = publish.steps.find((step) => step.run?.includes('npm run build'))!;
    for (const name of CMS_SETTINGS) expect(build.env?.[name], name).toBe(`\${{ vars.${name} }}`);
  });

  it('secrets reach only the upload step', () => {
    const steps = Object.values(forgejo.jobs).flatMap((job) => job.steps);
    const withSecrets = steps.filter((step) => JSON.stringify(step).includes('secrets.'));
    expect(withSecrets.map((step) => step.run ?? step.uses)).toEqual([expect.stringContaining('npm run terbitkan')]);
    expect((withSecrets[0] as Step & { if?: string }).if).toContain("refs/heads/main");
  });
});

describe('scripts/deploy/content-only.sh', () => {
  it('says true only when every changed file is under content/', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const script = resolve('scripts/deploy/content-only.sh');
    const repo = mkdtempSync(join(tmpdir(), 'pzi-content-only-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    const answer = (base: string) => execFileSync('bash', [script, base], { cwd: repo, encoding: 'utf8' }).trim();
    try {
      git('init', '-q');
      mkdirSync(join(repo, 'content/2022/catatan'), { recursive: true });
      writeFileSync(join(repo, 'content/2022/catatan/a.mdx'), 'a');
      writeFileSync(join(repo, 'package.json'), '{}');
      git('add', '.');
      git('commit', '-qm', 'awal');
      const first = git('rev-parse', 'HEAD');
      writeFileSync(join(repo, 'content/2022/catatan/a.mdx'), 'b');
      git('commit', '-qam', 'catatan');
      expect(answer(first)).toBe('true');
      const second = git('rev-parse', 'HEAD');
      writeFileSync(join(repo, 'package.json'), '{"x":1}');
      git('commit', '-qam', 'kode');
      expect(answer(second)).toBe('false');
      expect(answer(first)).toBe('false');
      expect(answer('')).toBe('false');
      expect(answer('0000000000000000000000000000000000000000')).toBe('false');
      expect(answer('deadbeef')).toBe('false');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
