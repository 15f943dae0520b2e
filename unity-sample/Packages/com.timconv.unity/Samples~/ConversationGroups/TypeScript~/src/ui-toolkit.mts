// The view's UI operations over Unity's UI Toolkit, reached through Puerts as CS.UnityEngine.UIElements.
// Elements are created in code and styled by the sample's style sheet (Resources/conversation-groups/
// ConversationGroups.uss), which SampleHost.cs attaches to the root.
import type { Ui, UiElement, UiInput, UiText } from './ui.mjs';

type VisualElement = CS.UnityEngine.UIElements.VisualElement;

class Element implements UiElement {
  constructor(readonly native: VisualElement) {}

  add(child: UiElement): void {
    this.native.Add((child as Element).native);
  }

  clear(): void {
    this.native.Clear();
  }

  toggleClass(name: string, on: boolean): void {
    this.native.EnableInClassList(name, on);
  }
}

class Text extends Element implements UiText {
  constructor(private readonly textElement: CS.UnityEngine.UIElements.TextElement) {
    super(textElement);
  }

  get text(): string {
    return this.textElement.text;
  }

  set text(value: string) {
    this.textElement.text = value;
  }
}

class Input extends Element implements UiInput {
  constructor(private readonly field: CS.UnityEngine.UIElements.TextField) {
    super(field);
  }

  get value(): string {
    return this.field.value;
  }

  set value(text: string) {
    this.field.value = text;
  }
}

function styled<T extends VisualElement>(element: T, className: string): T {
  element.AddToClassList(className);
  return element;
}

/** UI Toolkit under `root` (the sample's UI document root). */
export function uiToolkit(root: VisualElement): Ui {
  const ui = CS.UnityEngine.UIElements;
  return {
    root: new Element(root),
    box: (className) => new Element(styled(new ui.VisualElement(), className)),
    scroll: (className) => new Element(styled(new ui.ScrollView(), className)),
    label: (text, className) => new Text(styled(new ui.Label(text), className)),
    button: (text, className, onClick) => {
      const button = styled(new ui.Button(() => onClick()), className);
      button.text = text;
      return new Text(button);
    },
    input: (className) => new Input(styled(new ui.TextField(), className)),
  };
}
