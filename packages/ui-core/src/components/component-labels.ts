// The words the components themselves say (not the screens'): every kit renders these, so the
// three kits read the same and the end-to-end suite finds the same names.
export const componentLabels = {
  close: "Close",
  dateFrom: "From",
  dateTo: "To",
  selectedCount: (count: number) => `, ${count} selected`,
  toastRegion: "Notifications",
  previousPage: "Previous",
  nextPage: "Next",
  pageSize: "Rows per page",
  chartAsTable: "Show as table",
  chartLegend: "Legend",
  loadingTable: (caption: string) => `Loading ${caption}`,
} as const;
