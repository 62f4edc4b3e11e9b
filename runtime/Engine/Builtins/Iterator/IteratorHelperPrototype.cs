using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.1.2.1 The %IteratorHelperPrototype% Object.</summary>
internal static class IteratorHelperPrototype
{
    public static void Install(Realm realm)
    {
        var proto = new JsObject(realm.IteratorPrototype);
        realm.IteratorHelperPrototype = proto;
        Builtin.DefineMethods(realm, proto, [new("next", 0, Next), new("return", 0, Return)]);
        Library.ToStringTag(proto, "Iterator Helper");
    }

    /// <summary>§27.5.3.2 GeneratorValidate with brand "Iterator Helper".</summary>
    private static JsIteratorHelper Validate(in JsValue thisValue, string method)
    {
        if (thisValue.Ref is not JsIteratorHelper helper || !thisValue.IsObject)
            return JsException.ThrowTypeError<JsIteratorHelper>($"Method Iterator Helper.prototype.{method} called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        if (helper.state == JsIteratorHelper.State.Executing) JsException.ThrowTypeError("Generator is already running");
        return helper;
    }

    // 27.1.2.1.1 %IteratorHelperPrototype%.next ( ): GeneratorResume(this, undefined, "Iterator Helper").
    private static JsValue Next(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var helper = Validate(thisValue, "next");
        if (helper.state == JsIteratorHelper.State.Completed) return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        helper.state = JsIteratorHelper.State.Executing;
        bool yielded;
        JsValue value;
        try { yielded = helper.Body.Next(realm, out value); }
        catch { helper.state = JsIteratorHelper.State.Completed; throw; }
        helper.state = yielded ? JsIteratorHelper.State.SuspendedYield : JsIteratorHelper.State.Completed;
        return IteratorPrototype.CreateIterResult(realm, yielded ? value : JsValue.Undefined, !yielded);
    }

    // 27.1.2.1.2 %IteratorHelperPrototype%.return ( )
    private static JsValue Return(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (thisValue.Ref is not JsIteratorHelper helper || !thisValue.IsObject)             // Step 2.
            return JsException.ThrowTypeError<JsValue>($"Method Iterator Helper.prototype.return called on incompatible receiver {Operations.DescribeForError(thisValue)}");
        if (helper.state == JsIteratorHelper.State.SuspendedStart)                           // Step 4.
        {
            helper.state = JsIteratorHelper.State.Completed;
            helper.Body.CloseAtStart(realm);
            return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        }
        Validate(thisValue, "return");                                                     // Step 6: GeneratorResumeAbrupt.
        if (helper.state == JsIteratorHelper.State.Completed) return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
        helper.state = JsIteratorHelper.State.Executing;
        try { helper.Body.Return(realm); }
        finally { helper.state = JsIteratorHelper.State.Completed; }
        return IteratorPrototype.CreateIterResult(realm, JsValue.Undefined, true);
    }
}
