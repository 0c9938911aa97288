import { Fragment } from 'react';
import { ConfidenceBadge } from '../provenance/ConfidenceBadge';
import { SourceList } from '../provenance/SourceList';
import { FLAG_THRESHOLD, type PublishedCheck, type PublishedSection } from './publishedChecks';
import './compare.css';

export interface PublishedTableProps {
  /** From publishedChecks(); required. Systems without a preset have no section. */
  sections: readonly PublishedSection[];
  /** Heading level text; default 'Published vs computed'. */
  heading?: string;
}

const STATUS_TEXT: Readonly<Record<PublishedCheck['status'], string>> = {
  matches: 'matches',
  explained: 'explained',
  unexplained: 'unexplained',
  differs: 'differs',
  'not-modelled': 'not modelled',
};

/** Vendor figures and the seed article's cells beside the model's, differences over 2% flagged with their reason. */
export function PublishedTable({ sections, heading = 'Published vs computed' }: PublishedTableProps) {
  if (sections.length === 0) return null;
  const percent = `${Math.round(FLAG_THRESHOLD * 100)}%`;
  return (
    <>
      <h3 className="compare-published-heading">{heading}</h3>
      <p className="compare-published-intro">
        Each preset's published figures (vendor, and the seed article{' '}
        <code>shared/reference/seed-project-rainier.txt</code>) beside what the model computes from the preset's
        configuration. Differences over {percent} are flagged with the recorded explanation; "matches" means the model
        rounds to the printed figure.
      </p>
      <div className="compare-scroll">
        <table className="compare-published" data-testid="compare-published">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Published</th>
              <th scope="col">Computed</th>
              <th scope="col">Difference</th>
              <th scope="col">Status and source</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => (
              <Fragment key={section.systemIndex}>
                <tr className="compare-group">
                  <th colSpan={5} scope="colgroup">
                    {section.systemLabel} — {section.presetName}
                    {!section.configIsPreset && (
                      <p className="compare-note">
                        This column's configuration was changed; the figures below are for the preset as published.
                      </p>
                    )}
                  </th>
                </tr>
                {section.checks.map((check, i) => (
                  <tr
                    key={`${check.origin}-${i}`}
                    data-testid={`compare-published-${check.presetId}-${check.origin}-${i}`}
                  >
                    <th scope="row">
                      {check.label}
                      {check.origin === 'vendor' && check.confidence && (
                        <ConfidenceBadge confidence={check.confidence} />
                      )}
                    </th>
                    <td className="compare-num">{check.publishedText}</td>
                    <td className="compare-num">{check.computedText}</td>
                    <td
                      className={`compare-num${check.flagged ? ' compare-flag' : ''}`}
                      data-testid={check.flagged ? 'compare-flag' : undefined}
                    >
                      {check.flagged && <span aria-hidden="true">⚠ </span>}
                      {check.differenceText}
                      {check.flagged && <span className="cs-sr-only"> (over {percent}, flagged)</span>}
                    </td>
                    <td className="compare-explanation">
                      <span className={`compare-status compare-status--${check.status}`}>
                        {STATUS_TEXT[check.status]}
                        {check.conflict && ` · ${check.conflict}`}
                      </span>
                      {check.explanation}
                      {/* Article rows all cite the seed article, named in the row; vendor rows cite their sources. */}
                      {check.origin === 'vendor' && <SourceList sources={check.sources} />}
                    </td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
