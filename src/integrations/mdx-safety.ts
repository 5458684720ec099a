import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { isAllowedImage, isAllowedLink, mdxSourceFindings } from '../lib/content-check/mdx-safety.ts';
import { staffError } from '../lib/staff-error.ts';

/**
 * The safe-MDX rules inside the build's own MDX compiler, as a second wall behind the content guard:
 * should a file reach the compiler without passing `npm run check` (a new collection, a guard that
 * was skipped), it is refused here, before any of it can be compiled into code. Runs the same pure
 * rules as the check (`mdxSourceFindings`) on the source the compiler sees (frontmatter blanked out,
 * so lines are the file's lines), and contributes no plugin of its own to the pipeline.
 */
export function mdxSafetyGuard() {
  return (context: PluginFactoryContext) => {
    if (context.sourceFormat !== 'mdx') return null;
    const findings = mdxSourceFindings(context.source);
    if (findings.length) {
      const path = context.fileURL ? fileURLToPath(context.fileURL) : 'MDX';
      const file = relative(process.cwd(), path) || path;
      const list = findings.map((finding) => `${file}${finding.line ? `:${finding.line}` : ''}\n    ${finding.message}`).join('\n');
      throw staffError(file, `isi MDX ini tidak aman, jadi situs TIDAK dibangun:\n${list}`);
    }
    return null;
  };
}

const DANGEROUS_TAGS = ['script', 'iframe', 'object', 'embed', 'style', 'form', 'frame', 'frameset', 'base', 'link', 'meta', 'svg', 'math', 'template'];

/**
 * The last check on the HTML tree the compiler produced, whatever produced it: no dangerous element,
 * no raw HTML, no event handler, and links and images only where `isAllowedLink`/`isAllowedImage` allow.
 */
export function htmlSafetyGuard() {
  const refuse = (context: { fileURL: URL | undefined }, message: string): never => {
    const path = context.fileURL ? fileURLToPath(context.fileURL) : 'MDX';
    throw staffError(relative(process.cwd(), path) || path, `${message} Situs TIDAK dibangun.`);
  };
  return {
    name: 'pzi:html-safety',
    element: {
      filter: [...DANGEROUS_TAGS, 'a', 'img'],
      visit(node: { tagName: string; properties?: Record<string, unknown> }, context: { fileURL: URL | undefined }) {
        const properties = node.properties ?? {};
        if (DANGEROUS_TAGS.includes(node.tagName)) refuse(context, `Tag <${node.tagName}> tidak diizinkan di isi situs.`);
        for (const key of Object.keys(properties)) if (/^on/i.test(key)) refuse(context, `Atribut ${key} tidak diizinkan di isi situs.`);
        if (node.tagName === 'a' && typeof properties.href === 'string' && !isAllowedLink(properties.href)) refuse(context, `Tautan "${properties.href}" tidak diizinkan.`);
        if (node.tagName === 'img' && typeof properties.src === 'string' && !isAllowedImage(properties.src)) refuse(context, `Gambar "${properties.src}" tidak diizinkan.`);
      },
    },
    raw(_node: unknown, context: { fileURL: URL | undefined }) {
      refuse(context, 'HTML mentah tidak diizinkan di isi situs.');
    },
  };
}
