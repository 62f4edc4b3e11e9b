using System.Collections.Generic;

namespace Aot.Engine.Parsing;

internal enum LabelKind : byte { None, Loop, Switch }

/// <summary>The labels in effect (ECMA-262 §14.13.1 / §14.8.1 / §14.9.1 early errors for break, continue and labels).
/// A function boundary saves and clears the set.</summary>
internal struct Label
{
    /// <summary>Null for the implicit label of a loop or switch.</summary>
    public string? Name;
    public LabelKind Kind;
    /// <summary>Start offset of the statement the label applies to (consecutive labels share it).</summary>
    public int StatementStart;
}

internal sealed class LabelSet
{
    private Label[] items = new Label[16];
    public int Count;

    public ref Label this[int i] => ref items[i];

    public void Push(string? name, LabelKind kind, int statementStart)
    {
        if (Count == items.Length) System.Array.Resize(ref items, Count * 2);
        items[Count++] = new Label { Name = name, Kind = kind, StatementStart = statementStart };
    }

    public void Pop() => Count--;
}
