import type { ReactNode } from 'react';
import type { Figure, Unit } from '../model/figure';
import type { ExplanationInput, MetricExplanation } from '../model/provenance/explainMetric';
import { formatQuantity } from '../format/numbers';
import { ProvenanceTip } from './provenance/ProvenanceTip';

export interface SiteFigureProps {
  /** What the figure is ("Site power"); required. */
  title: string;
  /** The value in force, SI units; required. */
  value: number;
  unit: Unit;
  /** Its sourced figure; default none ("no source recorded"). */
  figure?: Figure;
  /** The sourced default it replaces, when the user changed it. Default: not changed. */
  changedFrom?: number;
  /** How it is computed, when it is computed from several figures; default the value itself. */
  derivation?: { formula: string; inputs: ExplanationInput[] };
  /** The trigger's content; default the formatted value. */
  children?: ReactNode;
}

/** A site or fabric figure shown with where it comes from (as the Explore metrics are), for the site panel. */
export function explainSiteFigure(
  title: string,
  value: number,
  unit: Unit,
  figure?: Figure,
  changedFrom?: number,
  derivation?: SiteFigureProps['derivation'],
): MetricExplanation {
  if (derivation) {
    const doubtful = derivation.inputs.some(
      (i) => i.figure && (i.figure.confidence === 'L' || i.figure.confidence === 'U'),
    );
    return {
      key: 'chips',
      title,
      value,
      unit,
      formula: derivation.formula,
      inputs: derivation.inputs,
      doubtful,
      presetId: null,
    };
  }
  const overridden = changedFrom !== undefined;
  const explanation: MetricExplanation = {
    // Explanations are keyed by metric; a site figure is no metric, so the key is only a placeholder.
    key: 'chips',
    title,
    value,
    unit,
    formula: overridden
      ? `Your value: ${formatQuantity(value, unit)}; the sourced default is ${formatQuantity(changedFrom, unit)}`
      : `${title}: ${formatQuantity(value, unit)}`,
    inputs: [
      {
        label: overridden ? 'Default' : title,
        value: overridden ? changedFrom : value,
        unit,
        figure: figure ?? null,
        overridden: false,
      },
    ],
    doubtful:
      !overridden &&
      figure !== undefined &&
      (figure.confidence === 'L' || figure.confidence === 'U' || (figure.alternatives?.length ?? 0) > 0),
    presetId: null,
  };
  return explanation;
}

/**
 * The value as a provenance trigger (underlined, flagged when doubtful, as the metrics are), with
 * "your value" once the user changed it; hover or focus opens its sources and note.
 */
export function SiteFigure({ title, value, unit, figure, changedFrom, derivation, children }: SiteFigureProps) {
  return (
    <ProvenanceTip explanation={explainSiteFigure(title, value, unit, figure, changedFrom, derivation)} align="end">
      {children ?? formatQuantity(value, unit)}
      {changedFrom !== undefined && <span className="cs-badge cs-badge--override">your value</span>}
    </ProvenanceTip>
  );
}
