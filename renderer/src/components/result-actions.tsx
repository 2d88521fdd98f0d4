import type { LinkToOpen } from '../../../shared/ipc-contract.ts';
import { askMain } from '../ask-main.ts';
import { uploader } from '../uploader-api.ts';
import { CopyButton } from './copy-button.tsx';
import { OpenIcon } from './icons.tsx';
import { UseItNext } from './next-step.tsx';
import type { ProviderId } from '../../../shared/providers.ts';
import { mediaKindOfName, type MediaKind } from '../../../shared/media-formats.ts';
import { DeveloperMenu } from './developer-menu.tsx';
import type { UsedKey } from '../../../shared/key-names.ts';

interface Props {
  /** The file's name: every button's accessible name includes it. */
  readonly name: string;
  readonly provider: ProviderId;
  readonly url: string | undefined;
  readonly assetId: string | undefined;
  /** Where main holds the link, for Open: main opens its own copy, never a URL from the window. */
  readonly heldAt: LinkToOpen;
  /** The kind of what was sent, for Use it next; guessed from the name's extension where not given. */
  readonly kind?: MediaKind | undefined;
  /** Use it next behind a "For developers" menu (the queue's rows) rather than as a button. */
  readonly developerMenu?: boolean;
  /** The key that made the upload, for Use it next. */
  readonly usedKey?: UsedKey | undefined;
}

/** Copy link, Copy ID, Open and Use it next for a finished upload, in the queue and in the history alike. */
export function ResultActions({ name, provider, url, assetId, heldAt, kind = mediaKindOfName(name), developerMenu = false, usedKey }: Props) {
  const open = () => void askMain('The link could not be opened.', () => uploader()['shell:open-url'](heldAt));
  return (
    <>
      {url !== undefined && <CopyButton text={url} label="Copy link" ariaLabel={`Copy link for ${name}`} copiedMessage={`Link for ${name} copied.`} />}
      {assetId !== undefined && (
        <CopyButton text={assetId} label="Copy ID" ariaLabel={`Copy ID for ${name}`} copiedMessage={`The ID for ${name} was copied.`}
          className={url !== undefined ? 'button small quiet' : 'button small'} />
      )}
      {url !== undefined && (
        <button type="button" className="icon-button" aria-label={`Open link for ${name}`} title="Open in your browser" onClick={open}>
          <OpenIcon />
        </button>
      )}
      {developerMenu
        ? <DeveloperMenu name={name} provider={provider} url={url} assetId={assetId} kind={kind} usedKey={usedKey} />
        : <UseItNext name={name} provider={provider} url={url} assetId={assetId} kind={kind} usedKey={usedKey} />}
    </>
  );
}
