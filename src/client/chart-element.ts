/**
 * `<pzi-chart data-chart="…">`: draws its canvas with chart.js once it scrolls near the
 * viewport. chart.js is imported only then, so a visitor who never scrolls to a chart never
 * downloads it. The table next to the chart already holds every number without JavaScript.
 */
class PziChart extends HTMLElement {
  connectedCallback(): void {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import('./draw-chart.ts').then(({ drawChart }) => drawChart(this));
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(this);
  }
}

if (!customElements.get('pzi-chart')) customElements.define('pzi-chart', PziChart);
