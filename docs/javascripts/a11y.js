// Accessibility fixes for Material's markup that CSS cannot make.
// axe rule aria-dialog-name: the search overlay has role="dialog" but no name.
document.querySelectorAll('.md-search[role="dialog"]:not([aria-label])').forEach(function (dialog) {
  dialog.setAttribute("aria-label", "Search");
});
