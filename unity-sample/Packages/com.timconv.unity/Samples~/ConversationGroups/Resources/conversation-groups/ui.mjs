// The handful of UI operations the view needs, so it can draw into UI Toolkit (ui-toolkit.mts) or
// into anything else that offers them.
export {};
