/** Around each page: "loading" while its code arrives, and a plain message (not a blank screen) if it cannot. */
import { Component, Suspense, type ReactNode } from "react";

interface State {
  failed: boolean;
}

class Boundary extends Component<{ children: ReactNode; path: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { path: string }) {
    // Another page: try again (the network may be back).
    if (previous.path !== this.props.path && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section>
        <h1>This page could not load</h1>
        <p>
          {navigator.onLine
            ? "Upstream may have been updated since this page was opened."
            : "You are offline, and this page was not kept on this phone yet."}{" "}
          Reload to try again.
        </p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}

export function PageBoundary({ path, children }: { path: string; children: ReactNode }) {
  return (
    <Boundary path={path}>
      <Suspense
        fallback={
          <p className="muted page-loading" role="status">
            Loading…
          </p>
        }
      >
        {children}
      </Suspense>
    </Boundary>
  );
}
