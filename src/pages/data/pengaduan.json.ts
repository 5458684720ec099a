import type { APIRoute } from 'astro';
import { getChannels, getComplaintRecaps } from '../../lib/channels/data.ts';
import { complaintsToExport } from '../../lib/channels/export.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async () => {
  const [recaps, channels] = await Promise.all([getComplaintRecaps(), getChannels()]);
  return Response.json(complaintsToExport(recaps, channels, (path) => withBase(path)));
};
