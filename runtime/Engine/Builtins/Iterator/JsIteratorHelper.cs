using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>
/// An Iterator Helper object (ECMA-262 §27.1.2.1): a generator-like object with brand "Iterator
/// Helper" whose closure is a native <see cref="IteratorHelperBody"/>. The generator states of
/// §27.5.3 are kept here; the body is a resumable state machine instead of a suspended frame.
/// </summary>
internal sealed class JsIteratorHelper(JsObject prototype, IteratorHelperBody body) : JsObject(prototype)
{
    internal enum State : byte { SuspendedStart, SuspendedYield, Executing, Completed }

    internal State state;
    internal readonly IteratorHelperBody Body = body;

    public override string ClassName => "Iterator Helper";
}

/// <summary>The abstract closure of an iterator helper, run from one Yield to the next.</summary>
internal abstract class IteratorHelperBody
{
    /// <summary>Runs to the next Yield: true with the yielded value, false when the closure returns.</summary>
    public abstract bool Next(Realm realm, out JsValue value);

    /// <summary>Resumes the closure at its Yield with a return completion (§27.5.3.4 GeneratorResumeAbrupt).</summary>
    public abstract void Return(Realm realm);

    /// <summary>return() before the first next(): §27.1.2.1.2 step 4.c closes the underlying iterator(s).</summary>
    public abstract void CloseAtStart(Realm realm);
}

/// <summary>A helper over one underlying iterator ([[UnderlyingIterator]]): map, filter, take, drop, flatMap.</summary>
internal abstract class SingleIteratorBody(IteratorRecord iterated) : IteratorHelperBody
{
    protected readonly IteratorRecord Iterated = iterated;

    /// <summary>IfAbruptCloseIterator for a callback's throw completion: close, then rethrow.</summary>
    protected JsValue CallClosing(Realm realm, JsObject fn, ReadOnlySpan<JsValue> args)
    {
        try { return Operations.Call(fn, JsValue.Undefined, args); }
        catch (JsException) { Iterated.CloseAfterThrow(realm); throw; }
    }

    // The Yield's return completion goes to IfAbruptCloseIterator(completion, iterated).
    public override void Return(Realm realm) => Iterated.Close(realm);
    public override void CloseAtStart(Realm realm) => Iterated.Close(realm);
}
