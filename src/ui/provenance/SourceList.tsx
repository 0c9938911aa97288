import { SOURCES, type SourceKey } from '../../model/index';
import './provenance.css';

export interface SourceListProps {
  /** Source keys (fact sheet §13) to list; required. */
  sources: readonly SourceKey[];
}

/** Sources as links that open in a new tab; repository paths (the article, our assumptions) as plain text. */
export function SourceList({ sources }: SourceListProps) {
  return (
    <ul className="prov-sources">
      {sources.map((key) => {
        const source = SOURCES[key];
        return (
          <li key={key}>
            {/^https?:\/\//.test(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener">
                {source.title}
                <span className="cs-sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <span>
                {source.title} (<code>{source.url}</code>)
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
