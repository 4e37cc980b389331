import { useEffect, useState } from 'react'
import type { Review } from '../analysis/useAnalysis'
import { LIVE_ANALYSIS_BUDGET_MS } from '../analysis/useAnalysis'

/** Where the analysis stands, when that is not simply "the results below are of the story as it is". */
export function AnalysisNotice({ review }: { review: Review }): React.JSX.Element | null {
  const { status, live } = review
  if (status === 'analysing' && !live) return <p className="panel-empty" role="status">Analysing…</p>
  if (status === 'on-demand') return <Analysing />
  if (status === 'too-long') {
    return (
      <div className="analysis-notice" role="status">
        <p>
          This story is too long to analyse as you type: the analysis took more than {seconds(LIVE_ANALYSIS_BUDGET_MS)}.
          {live ? ' The results below are from before your last edits.' : ''}
        </p>
        <button type="button" className="primary" onClick={review.analyseNow}>
          Analyse now
        </button>
      </div>
    )
  }
  if (status === 'failed') {
    return (
      <div className="analysis-notice failed" role="alert">
        <p>The analysis stopped: {review.failure}</p>
        <button type="button" onClick={review.analyseNow}>
          Try again
        </button>
      </div>
    )
  }
  return null
}

/** An analysis the user asked for: it may take a while, so it shows that it is running and for how long. */
function Analysing(): React.JSX.Element {
  const [started] = useState(() => Date.now())
  const [now, setNow] = useState(started)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="analysis-notice" role="status" aria-busy="true">
      <p>Analysing the whole story…{now - started >= 1000 ? ` ${Math.floor((now - started) / 1000)} s` : ''}</p>
      <progress aria-label="Analysing the story" />
    </div>
  )
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toLocaleString('en')} seconds` : `${ms} ms`
}
