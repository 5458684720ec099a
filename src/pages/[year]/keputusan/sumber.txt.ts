import type { APIRoute } from 'astro';
import { readDecreeSource } from '../../../lib/plan/data.ts';
import { yearPaths, type YearProps } from '../../../lib/plan/static-paths.ts';

/** The decree's source text, published unchanged so anyone can audit the reading. */
export const getStaticPaths = yearPaths;

export const GET: APIRoute = ({ props }) => new Response(readDecreeSource((props as YearProps).plan), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
