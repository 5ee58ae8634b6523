import { sleepTestQuestions } from '@/lib/sleep-test/questions';

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = numberWords[sleepTestQuestions.length] ?? String(sleepTestQuestions.length);

export type SleepTestIntroProps = {
  /** Whether a server can work out a result for a browser that cannot (false in the static export). */
  hasServer: boolean;
};

/** What the test is, how long it takes, that it is no diagnosis, and where the answers go, in everyday words. */
export function SleepTestIntro({ hasServer }: SleepTestIntroProps) {
  return (
    <div className="mb-10 max-w-2xl print:mb-4">
      <h1 className="font-serif text-3xl leading-tight font-semibold sm:text-4xl">Free sleep test</h1>
      <p className="mt-4 text-lg text-muted">
        {count.charAt(0).toUpperCase() + count.slice(1)} short questions about your nights and your days. It takes about three minutes, and at the end you get a
        result in plain words with ideas for what to try next. It is a self-check, not a diagnosis.
      </p>
      <details className="mt-4 rounded-xl border border-line p-4 text-sm print:hidden">
        <summary className="cursor-pointer font-semibold">What happens to your answers</summary>
        <p className="mt-2">
          Your result is worked out on this phone or computer, so your answers stay with you. Nothing is kept unless you choose to save your result on this
          device, and you can remove it at any time.
          {hasServer ? ' If your browser cannot work the result out itself, your answers are sent to our site once to do it, and are not kept.' : null}
        </p>
      </details>
    </div>
  );
}
