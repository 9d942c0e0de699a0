import type { AudioFormat, ConversionRequested } from '@app/domain';
import { deterministicId } from '@app/infrastructure';
import type { CommandContext, Commands, Logger } from '@app/infrastructure';

/** Port: sends a stored audio file (a Telegram file id) to a chat; the bot and the worker implement it. */
export interface AudioSender {
  sendAudio(chatId: number, fileId: string): Promise<unknown>;
}

/** Where delivered audio is looked up by media, format and enhancement (the conversions read model). */
export interface CachedAudioSource {
  cachedAudio(mediaId: string, format: AudioFormat, enhance: boolean): Promise<string[] | undefined>;
}

export interface CachedAudioDeps {
  cache: CachedAudioSource;
  audio: AudioSender;
  logger: Logger;
}

/**
 * Same media, format and enhancement delivered before: the stored files are re-sent instead of
 * converting again. Returns the file ids sent, or undefined when nothing is stored or a file could
 * not be re-sent (the caller then converts as usual).
 */
export async function resendCachedAudio(
  deps: CachedAudioDeps,
  target: { conversionId: string; chatId: number; mediaId: string; format: AudioFormat; enhance: boolean },
): Promise<string[] | undefined> {
  const fileIds = await deps.cache.cachedAudio(target.mediaId, target.format, target.enhance);
  if (!fileIds) return undefined;
  try {
    for (const fileId of fileIds) await deps.audio.sendAudio(target.chatId, fileId);
  } catch (error) {
    deps.logger.warn({ conversionId: target.conversionId, err: error }, 'cached audio could not be re-sent; converting instead');
    return undefined;
  }
  return fileIds;
}

/**
 * A conversion already requested (the worker's job) served from the cache: re-sent and recorded
 * as delivered. False when there was nothing to re-send.
 */
export async function deliverFromCache(deps: CachedAudioDeps & { commands: Commands }, request: ConversionRequested['data'], context: CommandContext): Promise<boolean> {
  const fileIds = await resendCachedAudio(deps, request);
  if (!fileIds) return false;
  await deps.commands.conversion(
    { type: 'RecordDelivery', commandId: deterministicId(`delivered:${request.conversionId}`), conversionId: request.conversionId, fileIds, cached: true },
    context,
  );
  return true;
}
