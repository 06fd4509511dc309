import type { Quote } from "@/server/domain/pricing/quote";
import { formatMoney } from "@/server/shared/money";

const minutes = (seconds: number) => Math.ceil(seconds / 60).toLocaleString();

/** The quote: agent hours and cost from integer minor units, with how they were estimated. */
export function QuoteCard({ quote }: { quote: Quote }) {
  const b = quote.breakdown;
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-4">
        <div className="rounded-md bg-zinc-50 p-3">
          <dt className="text-xs uppercase tracking-wide text-zinc-500">Estimated agent hours</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="quote-hours">
            {quote.agentHours} h
          </dd>
        </div>
        <div className="rounded-md bg-indigo-50 p-3">
          <dt className="text-xs uppercase tracking-wide text-indigo-700">Estimated cost</dt>
          <dd className="text-2xl font-semibold tabular-nums text-indigo-900" data-testid="quote-amount">
            {formatMoney(quote.amountMinor, quote.currency)}
          </dd>
        </div>
      </dl>
      <table className="w-full text-sm">
        <caption className="sr-only">How the quote is calculated</caption>
        <tbody className="divide-y divide-zinc-100">
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
              Contacts to call
            </th>
            <td className="py-1.5 text-right tabular-nums">{quote.listSize.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
              Expected to be reached ({(b.contactRateBps / 100).toFixed(0)} %)
            </th>
            <td className="py-1.5 text-right tabular-nums">{quote.expectedContacts.toLocaleString()}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
              Talk and wrap-up ({b.handleSeconds} s each)
            </th>
            <td className="py-1.5 text-right tabular-nums">{minutes(b.talkSeconds)} min</td>
          </tr>
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
              Dialing unanswered attempts ({b.dialAttempts.toLocaleString()})
            </th>
            <td className="py-1.5 text-right tabular-nums">{minutes(b.dialOverheadSeconds)} min</td>
          </tr>
          <tr>
            <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
              Agent time × {formatMoney(b.agentHourRateMinor, quote.currency)} per hour ({quote.ratePlanName})
            </th>
            <td className="py-1.5 text-right tabular-nums">{formatMoney(b.laborMinor, quote.currency)}</td>
          </tr>
          {b.setupFeeMinor > 0 && (
            <tr>
              <th scope="row" className="py-1.5 text-left font-normal text-zinc-600">
                Setup fee
              </th>
              <td className="py-1.5 text-right tabular-nums">{formatMoney(b.setupFeeMinor, quote.currency)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="text-xs text-zinc-500">
        An estimate: you are billed for the agent time actually used. Minutes and amounts are rounded up.
      </p>
    </div>
  );
}
