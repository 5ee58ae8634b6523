import { callToActionHref, invitationLabel, type CallToActionContext } from '@/lib/call-to-action';
import { siteConfig } from '@/lib/site-config';

export type CallToActionProps = CallToActionContext;

/**
 * The one call to action: an orange button to the sleep test, as an end card, inline box or compact
 * header button. Each is marked as the business's own invitation: the boxes say whom they are from,
 * and the header button's words say "our".
 */
export function CallToAction({ placement, medium, campaign }: CallToActionProps) {
  const href = callToActionHref({ placement, medium, campaign });
  const { heading, text, button, compactButton } = siteConfig.callToAction;
  const buttonClass = 'inline-block rounded-full bg-cta font-semibold text-cta-ink no-underline hover:bg-cta-hover focus-visible:outline-offset-4';

  if (placement === 'header') {
    return (
      <a href={href} className={`${buttonClass} px-4 py-2 text-center text-sm`} data-cta={placement}>
        {compactButton}
      </a>
    );
  }
  // The end card is the page's one "Free sleep test" landmark; inline boxes sit in the text's flow.
  const Box = placement === 'end' ? 'aside' : 'div';
  return (
    <Box
      aria-label={placement === 'end' ? 'Free sleep test' : undefined}
      className="not-prose my-10 rounded-2xl border border-line bg-surface p-6 font-sans sm:p-8 print:hidden"
      data-cta={placement}
      data-pagefind-ignore
    >
      <p className="text-sm font-semibold text-muted" data-invitation-label>
        {invitationLabel()}
      </p>
      <p className="mt-1 font-serif text-xl font-semibold text-ink">{heading}</p>
      <p className="mt-2 text-muted">{text}</p>
      <a href={href} className={`${buttonClass} mt-5 px-6 py-3 text-base`}>
        {button}
      </a>
    </Box>
  );
}
