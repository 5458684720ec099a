/**
 * /admin/decap-cms.js and the chunks it loads on demand (/admin/<n>.decap-cms.js), copied from
 * node_modules at build time: the CMS is self-hosted, never fetched from a CDN.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapAssetNames, readDecapAsset } from '../../lib/cms/assets.ts';

export const getStaticPaths = (() => decapAssetNames().map((asset) => ({ params: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(readDecapAsset(params.asset!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
