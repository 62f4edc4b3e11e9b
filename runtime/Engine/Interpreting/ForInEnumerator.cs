using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Interpreting;

/// <summary>
/// ECMA-262 §14.7.5.9 EnumerateObjectProperties: enumerable string keys of the object and then of
/// each prototype, each name once, skipping keys deleted before they are reached.
/// </summary>
internal sealed class ForInEnumerator
{
    private readonly HashSet<PropertyKey> visited = new();
    private readonly List<PropertyKey> keys = new();
    private JsObject? current;
    private int index;

    public ForInEnumerator(Realm realm, in JsValue value)
    {
        if (value.IsNullish) return;
        current = Operations.ToObject(realm, value);
        Load();
    }

    private void Load()
    {
        keys.Clear();
        index = 0;
        current!.OwnPropertyKeys(keys);
    }

    public bool MoveNext(out JsValue key)
    {
        while (current != null)
        {
            while (index < keys.Count)
            {
                var k = keys[index++];
                if (k.IsSymbol || !visited.Add(k)) continue;
                if (!current.GetOwnProperty(k, out var desc) || !desc.Enumerable) continue;
                key = k.ToJsValue();
                return true;
            }
            current = current.GetPrototypeOf();
            if (current != null) Load();
        }
        key = default;
        return false;
    }
}
