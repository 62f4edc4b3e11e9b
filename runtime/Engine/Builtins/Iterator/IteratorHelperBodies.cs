using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

// The abstract closures of the Iterator.prototype helpers (ECMA-262 §27.1.4) and Iterator.concat.

/// <summary>§27.1.4.8 Iterator.prototype.map step 5.</summary>
internal sealed class MapBody(IteratorRecord iterated, JsObject mapper) : SingleIteratorBody(iterated)
{
    private double counter;

    public override bool Next(Realm realm, out JsValue value)
    {
        if (!Iterated.Step(realm, out var v)) { value = default; return false; }
        value = CallClosing(realm, mapper, [v, JsValue.FromNumber(counter++)]);
        return true;
    }
}

/// <summary>§27.1.4.5 Iterator.prototype.filter step 5.</summary>
internal sealed class FilterBody(IteratorRecord iterated, JsObject predicate) : SingleIteratorBody(iterated)
{
    private double counter;

    public override bool Next(Realm realm, out JsValue value)
    {
        while (Iterated.Step(realm, out value))
            if (Operations.ToBoolean(CallClosing(realm, predicate, [value, JsValue.FromNumber(counter++)]))) return true;
        return false;
    }
}

/// <summary>§27.1.4.12 Iterator.prototype.take step 9.</summary>
internal sealed class TakeBody(IteratorRecord iterated, double limit) : SingleIteratorBody(iterated)
{
    private double remaining = limit;

    public override bool Next(Realm realm, out JsValue value)
    {
        value = default;
        if (remaining == 0)
        {
            Iterated.Close(realm);                                   // IteratorClose(iterated, ReturnCompletion(undefined)).
            return false;
        }
        if (!double.IsPositiveInfinity(remaining)) remaining--;
        return Iterated.Step(realm, out value);
    }
}

/// <summary>§27.1.4.3 Iterator.prototype.drop step 9.</summary>
internal sealed class DropBody(IteratorRecord iterated, double limit) : SingleIteratorBody(iterated)
{
    private double remaining = limit;

    public override bool Next(Realm realm, out JsValue value)
    {
        value = default;
        while (remaining > 0)
        {
            if (!double.IsPositiveInfinity(remaining)) remaining--;
            if (!Iterated.StepNoValue(realm)) return false;         // IteratorStep: the value is not read.
        }
        return Iterated.Step(realm, out value);
    }
}

/// <summary>§27.1.4.7 Iterator.prototype.flatMap step 5.</summary>
internal sealed class FlatMapBody(IteratorRecord iterated, JsObject mapper) : SingleIteratorBody(iterated)
{
    private double counter;
    private IteratorRecord inner;
    private bool innerAlive;

    public override bool Next(Realm realm, out JsValue value)
    {
        while (true)
        {
            if (innerAlive)
            {
                bool more;
                try { more = inner.Step(realm, out value); }
                catch (JsException) { Iterated.CloseAfterThrow(realm); throw; }
                if (more) return true;
                innerAlive = false;
            }
            if (!Iterated.Step(realm, out var v)) { value = default; return false; }
            var mapped = CallClosing(realm, mapper, [v, JsValue.FromNumber(counter++)]);
            try { inner = IteratorRecord.GetFlattenable(realm, mapped, iterateStrings: false); }
            catch (JsException) { Iterated.CloseAfterThrow(realm); throw; }
            innerAlive = true;
        }
    }

    public override void Return(Realm realm)
    {
        try { inner.Close(realm); }
        catch (JsException) { Iterated.CloseAfterThrow(realm); throw; }
        Iterated.Close(realm);
    }
}

/// <summary>Iterator.concat ( ...items ) step 3 (iterator sequencing, ES2026): each iterable is opened
/// when reached; [[UnderlyingIterators]] is empty, so return() before start closes nothing.</summary>
internal sealed class ConcatBody(JsValue[] iterables, JsObject[] openMethods) : IteratorHelperBody
{
    private int index;
    private IteratorRecord current;
    private bool innerAlive;

    public override bool Next(Realm realm, out JsValue value)
    {
        while (true)
        {
            if (innerAlive)
            {
                if (current.Step(realm, out value)) return true;
                innerAlive = false;
            }
            if (index >= iterables.Length) { value = default; return false; }
            var iter = Operations.Call(openMethods[index], iterables[index], ReadOnlySpan<JsValue>.Empty);
            index++;
            if (!iter.IsObject) JsException.ThrowTypeError("Iterator.concat: the iterator method did not return an object");
            current = IteratorRecord.Direct(iter.AsObject());
            innerAlive = true;
        }
    }

    public override void Return(Realm realm) => current.Close(realm);
    public override void CloseAtStart(Realm realm) { }
}

/// <summary>Iterator.prototype.chunks ( chunkSize ) (iterator chunking): arrays of chunkSize values,
/// the last one possibly shorter.</summary>
internal sealed class ChunksBody(IteratorRecord iterated, int chunkSize) : SingleIteratorBody(iterated)
{
    private bool exhausted;

    public override bool Next(Realm realm, out JsValue value)
    {
        value = default;
        if (exhausted) return false;
        var buffer = new System.Collections.Generic.List<JsValue>();
        while (true)
        {
            if (!Iterated.Step(realm, out var v))
            {
                exhausted = true;
                if (buffer.Count == 0) return false;
                value = Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
                return true;
            }
            buffer.Add(v);
            if (buffer.Count == chunkSize)
            {
                value = Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
                return true;
            }
        }
    }

    // The final partial chunk is yielded after exhaustion: nothing is left to close then.
    public override void Return(Realm realm) { if (!exhausted) Iterated.Close(realm); }
}

/// <summary>Iterator.prototype.windows ( windowSize [ , undersized ] ) (iterator chunking): sliding
/// windows of windowSize values; with "allow-partial" a shorter single window when too few values.</summary>
internal sealed class WindowsBody(IteratorRecord iterated, int windowSize, bool allowPartial) : SingleIteratorBody(iterated)
{
    private readonly System.Collections.Generic.List<JsValue> buffer = new();
    private bool exhausted;

    public override bool Next(Realm realm, out JsValue value)
    {
        value = default;
        if (exhausted) return false;
        while (true)
        {
            if (!Iterated.Step(realm, out var v))
            {
                exhausted = true;
                if (!allowPartial || buffer.Count == 0 || buffer.Count >= windowSize) return false;
                value = Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
                return true;
            }
            if (buffer.Count == windowSize) buffer.RemoveAt(0);
            buffer.Add(v);
            if (buffer.Count == windowSize)
            {
                value = Operations.CreateArrayFromList(realm, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
                return true;
            }
        }
    }

    public override void Return(Realm realm) { if (!exhausted) Iterated.Close(realm); }
}
