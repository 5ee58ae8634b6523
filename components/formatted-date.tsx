export type FormattedDateProps = { date: string };

const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as a <time> element readers and machines both understand. */
export function FormattedDate({ date }: FormattedDateProps) {
  return <time dateTime={date.slice(0, 10)}>{formatter.format(new Date(date))}</time>;
}
