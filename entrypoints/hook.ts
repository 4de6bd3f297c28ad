// MAIN-world hook: runs in the page's own world, tiny and dependency-free.
export default defineUnlistedScript(() => {
  // filled in by the page observer
});
