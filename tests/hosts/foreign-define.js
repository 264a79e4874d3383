// A host whose own code already owns one of our tag names.
customElements.define(
  'share-bar',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The host’s own share bar';
    }
  },
);
