import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface PanelBoundaryProps {
  /** Names the panel in the message, e.g. "Comparison". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a failure inside one panel: that panel shows what went wrong and a retry; the rest keeps working. */
export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`clusterscope: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-section panel-error" role="alert" data-testid="panel-error">
        <strong>The {this.props.name} panel hit a problem and stopped.</strong>
        <p className="muted">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
