/**
 * `<pzi-chart data-chart="…">`: draws its canvas with chart.js once it scrolls near the
 * viewport. chart.js is imported only then, so a visitor who never scrolls to a chart never
 * downloads it. The table next to the chart already holds every number without JavaScript.
 */
class PziChart extends HTMLElement {
  connectedCallback(): void {
    // the reserved height (rem) comes as data, not as a style attribute the CSP would block
    const height = Number(this.dataset.height);
    if (height > 0) this.style.setProperty('--h', `${height}rem`);
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
