/** The parts of JSON Schema the project's schema uses, and how the form reads them. */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: (string | number | boolean)[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  format?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface Resolved extends SchemaNode {
  /** JSON Pointer of the definition that holds the node's type: enum labels are stored by it. */
  pointer: string;
}

export class Schema {
  constructor(
    private readonly root: SchemaNode & { $defs?: Record<string, SchemaNode> },
    private readonly labels: Record<string, Record<string, string>>,
  ) {}

  /** The node at `pointer`, with its `$ref` followed; the referring node's title and description win. */
  resolve(node: SchemaNode, pointer: string): Resolved {
    let current: Resolved = { ...node, pointer };
    for (let depth = 0; current.$ref && depth < 10; depth++) {
      const target = current.$ref.replace(/^#/, "");
      const found = target
        .split("/")
        .slice(1)
        .reduce<unknown>((n, key) => (n as Record<string, unknown> | undefined)?.[key], this.root) as SchemaNode | undefined;
      if (!found) break;
      const { $ref: _ignored, ...own } = current;
      current = { ...found, ...stripUndefined(own), pointer: target, title: own.title ?? found.title, description: own.description ?? found.description };
      if (!found.$ref) delete current.$ref;
    }
    return current;
  }

  top(): { key: string; node: Resolved }[] {
    return Object.entries(this.root.properties ?? {})
      .filter(([key]) => key !== "$schema")
      .map(([key, node]) => ({ key, node: this.resolve(node, `/properties/${key}`) }));
  }

  property(parent: Resolved, key: string): Resolved {
    return this.resolve(parent.properties![key]!, `${parent.pointer}/properties/${key}`);
  }

  items(parent: Resolved): Resolved {
    return this.resolve(parent.items!, `${parent.pointer}/items`);
  }

  /** French label of an enum value; the raw value when the schema gives none. */
  enumLabel(node: Resolved, value: unknown): string {
    return this.labels[node.pointer]?.[String(value)] ?? String(value);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
