using System.Collections.Generic;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>An object with a [[MapData]] internal slot (ECMA-262 §24.1).</summary>
public sealed class JsMap(JsObject? prototype) : JsObject(prototype)
{
    internal OrderedTable Data { get; } = new();

    public override string ClassName => "Map";

    /// <summary>Live entries in insertion order (for hosts: inspection, structured cloning).</summary>
    public List<KeyValuePair<JsValue, JsValue>> EntriesSnapshot() => Snapshot(Data);

    /// <summary>Map.prototype.set without looking the method up (hosts building maps).</summary>
    public void SetEntry(in JsValue key, in JsValue value) => Data.Set(OrderedTable.Canonicalize(key), value);

    internal static List<KeyValuePair<JsValue, JsValue>> Snapshot(OrderedTable table)
    {
        var list = new List<KeyValuePair<JsValue, JsValue>>(table.Count);
        var cursor = table.Start();
        while (cursor.MoveNext(out var key, out var value)) list.Add(new(key, value));
        return list;
    }
}

/// <summary>An object with a [[SetData]] internal slot (ECMA-262 §24.2).</summary>
public sealed class JsSet(JsObject? prototype) : JsObject(prototype)
{
    internal OrderedTable Data { get; } = new();

    public override string ClassName => "Set";

    /// <summary>Live values in insertion order (for hosts: inspection, structured cloning).</summary>
    public List<JsValue> ValuesSnapshot() => Data.KeysSnapshot();

    /// <summary>Set.prototype.add without looking the method up (hosts building sets).</summary>
    public void AddValue(in JsValue value)
    {
        var v = OrderedTable.Canonicalize(value);
        if (!Data.Has(v)) Data.Set(v, JsValue.Undefined);
    }
}

/// <summary>A Map or Set Iterator (§24.1.5, §24.2.6): the generator of CreateMapIterator/CreateSetIterator
/// as a cursor over the entries (deleted entries skipped, added ones visited).</summary>
public sealed class JsCollectionIterator : JsObject
{
    private OrderedTable.Cursor cursor;
    internal readonly ArrayIterationKind Kind;
    private readonly bool isMap;

    internal JsCollectionIterator(JsObject prototype, OrderedTable table, ArrayIterationKind kind, bool isMap) : base(prototype)
    {
        cursor = table.Start();
        Kind = kind;
        this.isMap = isMap;
    }

    public override string ClassName => isMap ? "Map Iterator" : "Set Iterator";
    internal bool IsMap => isMap;

    internal bool Step(Realm realm, out JsValue result)
    {
        if (!cursor.MoveNext(out var key, out var value)) { result = JsValue.Undefined; return false; }
        result = Kind switch
        {
            ArrayIterationKind.Keys => key,
            ArrayIterationKind.Values => isMap ? value : key,
            _ => Operations.CreateArrayFromList(realm, [key, isMap ? value : key]),
        };
        return true;
    }
}
