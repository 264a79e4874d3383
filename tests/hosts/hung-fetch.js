// A consent manager (or an old polyfill) whose fetch never settles.
window.fetch = () => new Promise(() => {});
