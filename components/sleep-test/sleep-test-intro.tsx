import { sleepTestQuestions } from '@/lib/sleep-test/questions';

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = numberWords[sleepTestQuestions.length] ?? String(sleepTestQuestions.length);

/** What the test is, how long it takes, that it is no diagnosis, and where the answers go. */
export function SleepTestIntro() {
  return (
    <div className="mb-10 max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">Free sleep test</h1>
      <p className="mt-4 text-lg text-muted">
        {count.charAt(0).toUpperCase() + count.slice(1)} short questions about your nights and your days. It takes about three
        minutes, and at the end you get a result in plain words with ideas for what to try next. It is a self-check, not a
        diagnosis.
      </p>
      <details className="mt-4 rounded-xl border border-line p-4 text-sm">
        <summary className="cursor-pointer font-semibold">What happens to your answers</summary>
        <p className="mt-2">
          With JavaScript on, your answers never leave this browser, and nothing is stored unless you choose to save your
          result on this device. Without JavaScript, the form is sent to our site once so we can work out your result; it is
          not kept.
        </p>
      </details>
    </div>
  );
}
