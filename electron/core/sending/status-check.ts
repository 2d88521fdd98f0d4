// Asks the provider whether an upload is ready to use (shared/providers.ts `statusCheck`:
// memories.ai's metadata, HeyGen's asset statuses), read by its adapter's readStatus.

import type { StatusAnswer } from '../providers/provider-adapter.ts';
import { callAboutAsset, type AssetRequest } from './api-request.ts';
import { adapterOf } from '../providers/index.ts';
import { readReply } from './response-reading.ts';

/** Whether the provider has a status to ask about (where it has none, an upload is ready once it is in). */
export function hasStatusCheck(provider: AssetRequest['provider']): boolean {
  const adapter = adapterOf(provider);
  return adapter.info.statusCheck !== undefined && adapter.readStatus !== undefined;
}

export async function checkStatus(req: AssetRequest): Promise<StatusAnswer> {
  const { info, readStatus } = adapterOf(req.provider);
  if (info.statusCheck === undefined || readStatus === undefined) throw new Error(`${info.id} has no status to check`);
  const { adapter, answer } = await callAboutAsset(req, info.statusCheck);
  return readReply(adapter, answer, new Date(), [req.key ?? ''], (json) => readStatus(json, req.assetId), (status) => status);
}
