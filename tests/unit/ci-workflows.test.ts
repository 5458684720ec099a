/**
 * The CI/CD definitions for the publishing path:
 * - .github/workflows/*.yml: validated against the GitHub Actions workflow schema by
 *   `@action-validator/core` (the schemastore.org schema compiled into WebAssembly, offline);
 * - .gitlab-ci.yml: no offline validator or schema ships on npm, so a zod schema of the keys
 *   this file uses (unknown keys and wrong types are errors) plus the same rules as GitHub's.
 * Rules for both: a pull/merge request runs check, build and tests; main builds, then a separate
 * deploy job publishes, and only that job reads secrets; `.cache/` is cached with a key a cold
 * run restores; the full history is fetched (issue 19 reads it); the commands are the README's.
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

const workflowFiles = globSync('.github/workflows/*.yml');
const commands = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflowFiles).toContain('.github/workflows/site.yml');
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

  it('pull requests: check, build and the whole test suite', () => {
    const test = site.jobs.test!;
    expect(test.if).toContain("github.event_name == 'pull_request'");
    const run = commands(test);
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm test']) expect(run).toContain(command);
    expect(run).toMatch(/apt-get install[^\n]*chromium[^\n]*nginx/);
  });

  it('main: build, then deploy as a separate job that receives the build and alone holds secrets', () => {
    const build = site.jobs.build!;
    const deploy = site.jobs.deploy!;
    expect(build.if).toContain("refs/heads/main");
    expect(commands(build)).toContain('npm run build');
    expect(build.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toBe('production');
    expect(deploy.steps.some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(commands(deploy)).toContain('scripts/deploy/publish.sh dist');
    expect(commands(deploy)).not.toMatch(/npm (run )?build/);
    for (const [name, job] of jobs) {
      const usesSecrets = JSON.stringify(job).includes('secrets.');
      expect(usesSecrets, `job ${name}`).toBe(name === 'deploy');
    }
    expect(readFileSync('.github/workflows/site.yml', 'utf8').replace(/^\s*#.*$/gm, '').match(/secrets\./g)?.length).toBe(2);
  });

  it('every job that builds fetches the full history and restores .cache/ with a key a cold run can reuse', () => {
    for (const [name, job] of jobs.filter(([, j]) => commands(j).includes('npm run build'))) {
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['fetch-depth'], name).toBe(0);
      const cacheIndex = job.steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
      const cache = job.steps[cacheIndex];
      expect(String(cache?.with?.path), name).toMatch(/^\.cache$/m);
      // never Astro's content store: it keeps entries parsed by an older schema
      expect(String(cache?.with?.path), name).not.toContain('.astro');
      // keyed per commit (a new cache each run), restored from any earlier one
      expect(String(cache?.with?.key), name).toContain('${{ github.sha }}');
      expect(String(cache?.with?.['restore-keys']), name).toMatch(/^pzi-cache-$/m);
      // restored after `npm ci`, which empties node_modules/
      const ci = job.steps.findIndex((step) => step.run === 'npm ci');
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
    expect(() => gitlabJobs(text.replace('  script:\n    - npm ci\n    - npm run check\n    - npm run build\n    - npm test', '  scirpt:\n    - npm test'))).toThrow();
    expect(() => gitlabJobs(text.replace('stage: deploy', 'stage: publish'))).toThrow(/stage publish/);
  });

  it('merge requests: check, build and the whole test suite', () => {
    expect(jobs.test!.rules.map((r) => r.if)).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"']);
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm test']) expect(run(jobs.test!)).toContain(command);
  });

  it('default branch: build, then deploy as a separate job that alone holds the secrets', () => {
    for (const name of ['build', 'deploy']) expect(jobs[name]!.rules.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(jobs.build!.artifacts?.paths).toEqual(['dist/']);
    expect(jobs.deploy!.needs).toEqual([{ job: 'build', artifacts: true }]);
    expect(jobs.deploy!.environment).toEqual({ name: 'production' });
    expect(run(jobs.deploy!)).toContain('scripts/deploy/publish.sh dist');
    for (const [name, job] of Object.entries(jobs)) {
      expect(/DEPLOY_SSH_KEY|DEPLOY_KNOWN_HOSTS/.test(run(job)), `job ${name}`).toBe(name === 'deploy');
    }
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
  it('npm ci && npm run build, then npm test', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/^npm ci && npm run build\b/m);
    expect(readme).toMatch(/^npm test\b/m);
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm ci && npm run build$/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
