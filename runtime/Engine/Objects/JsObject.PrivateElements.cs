using System;

namespace Aot.Engine.Objects;

// ECMA-262 §7.3.31-34: an object's [[PrivateElements]]. They are kept apart from the shape and
// slots, so no public-key lookup, enumeration, Proxy trap or Reflect call ever sees them and the
// property paths pay nothing for them (one null field per object).
public partial class JsObject
{
    private PrivateElementList? privateElements;

    private sealed class PrivateElementList
    {
        public PrivateName[] Names = new PrivateName[4];
        public JsValue[] Values = new JsValue[4];
        public int Count;
    }

    /// <summary>§7.3.27 PrivateElementFind: the element's index, or -1.</summary>
    private int FindPrivate(PrivateName name)
    {
        var list = privateElements;
        if (list == null) return -1;
        var names = list.Names;
        for (int i = 0; i < list.Count; i++)
            if (ReferenceEquals(names[i], name)) return i;
        return -1;
    }

    private void AppendPrivate(PrivateName name, in JsValue value)
    {
        var list = privateElements ??= new PrivateElementList();
        if (list.Count == list.Names.Length)
        {
            Array.Resize(ref list.Names, list.Count * 2);
            Array.Resize(ref list.Values, list.Count * 2);
        }
        list.Names[list.Count] = name;
        list.Values[list.Count] = value;
        list.Count++;
    }

    /// <summary>`#x in obj` (§13.10.1 step 5): whether this object carries the private name.</summary>
    public bool HasPrivateElement(PrivateName name) => FindPrivate(name) >= 0;

    /// <summary>§7.3.28 PrivateFieldAdd; false when the field is already there (the caller throws).
    /// Extensibility does not matter (ES2024; the "nonextensible-applies-to-private" proposal changes that).</summary>
    public bool PrivateFieldAdd(PrivateName name, in JsValue value)
    {
        if (FindPrivate(name) >= 0) return false;
        AppendPrivate(name, value);
        return true;
    }

    /// <summary>§7.3.29 PrivateMethodOrAccessorAdd; false when the object already has it.</summary>
    public bool PrivateMethodOrAccessorAdd(PrivateName name)
    {
        if (FindPrivate(name) >= 0) return false;
        AppendPrivate(name, JsValue.Undefined);
        return true;
    }

    /// <summary>The value of a private field this object has (§7.3.31 PrivateGet step 3), or false.</summary>
    public bool TryGetPrivateField(PrivateName name, out JsValue value)
    {
        int i = FindPrivate(name);
        if (i < 0) { value = default; return false; }
        value = privateElements!.Values[i];
        return true;
    }

    /// <summary>Overwrites a private field this object has (§7.3.32 PrivateSet step 3), or false.</summary>
    public bool TrySetPrivateField(PrivateName name, in JsValue value)
    {
        int i = FindPrivate(name);
        if (i < 0) return false;
        privateElements!.Values[i] = value;
        return true;
    }
}
