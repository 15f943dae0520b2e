// The handful of UI operations the view needs, so it can draw into UI Toolkit (ui-toolkit.mts) or
// into anything else that offers them.

export interface UiElement {
  /** Appends a child. */
  add(child: UiElement): void;
  /** Removes every child. */
  clear(): void;
  /** Adds or removes a style class (the sample's USS gives them their looks). */
  toggleClass(name: string, on: boolean): void;
}

export interface UiText extends UiElement {
  text: string;
}

export interface UiInput extends UiElement {
  value: string;
}

export interface Ui {
  /** The root the screen is drawn into. */
  root: UiElement;
  box(className: string): UiElement;
  scroll(className: string): UiElement;
  label(text: string, className: string): UiText;
  button(text: string, className: string, onClick: () => void): UiText;
  input(className: string): UiInput;
}
