import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('queue');
  const open = () => void askMain(t('result.openFailed'), () => uploader()['shell:open-url'](heldAt));
  return (
    <>
      {url !== undefined && <CopyButton text={url} label={t('result.copyLink')} ariaLabel={t('result.copyLinkFor', { name })} copiedMessage={t('result.linkCopied', { name })} />}
      {assetId !== undefined && (
        <CopyButton text={assetId} label={t('result.copyId')} ariaLabel={t('result.copyIdFor', { name })} copiedMessage={t('result.idCopied', { name })}
          className={url !== undefined ? 'button small quiet' : 'button small'} />
      )}
      {url !== undefined && (
        <button type="button" className="icon-button" aria-label={t('result.openFor', { name })} title={t('result.openTitle')} onClick={open}>
          <OpenIcon />
        </button>
      )}
      {developerMenu
        ? <DeveloperMenu name={name} provider={provider} url={url} assetId={assetId} kind={kind} usedKey={usedKey} />
        : <UseItNext name={name} provider={provider} url={url} assetId={assetId} kind={kind} usedKey={usedKey} />}
    </>
  );
}
