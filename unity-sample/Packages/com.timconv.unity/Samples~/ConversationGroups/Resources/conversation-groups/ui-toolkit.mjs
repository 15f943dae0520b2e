class Element {
    constructor(native) {
        this.native = native;
    }
    add(child) {
        this.native.Add(child.native);
    }
    clear() {
        this.native.Clear();
    }
    toggleClass(name, on) {
        this.native.EnableInClassList(name, on);
    }
}
class Text extends Element {
    constructor(textElement) {
        super(textElement);
        this.textElement = textElement;
    }
    get text() {
        return this.textElement.text;
    }
    set text(value) {
        this.textElement.text = value;
    }
}
class Input extends Element {
    constructor(field) {
        super(field);
        this.field = field;
    }
    get value() {
        return this.field.value;
    }
    set value(text) {
        this.field.value = text;
    }
}
function styled(element, className) {
    element.AddToClassList(className);
    return element;
}
/** UI Toolkit under `root` (the sample's UI document root). */
export function uiToolkit(root) {
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
