using System;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §27.1.3 The Iterator Constructor and its properties (Iterator.from, and
/// Iterator.concat of the iterator-sequencing addition).</summary>
internal static class IteratorConstructor
{
    public static JsFunction Create(Realm realm)
    {
        IteratorHelperPrototype.Install(realm);
        WrapForValidIteratorPrototype.Install(realm);
        var ctor = new JsNativeFunction(realm, "Iterator", 0, Construct, isConstructor: true);
        ctor.AddProperty("prototype", JsValue.FromObject(realm.IteratorPrototype), PropertyFlags.None);
        realm.IteratorConstructor = ctor;
        Builtin.DefineMethods(realm, ctor, [new("concat", 0, Concat), new("from", 1, From), new("zip", 1, IteratorZip.Zip), new("zipKeyed", 1, IteratorZip.ZipKeyed)]);
        IteratorPrototype.InstallHelpers(realm);
        return ctor;
    }

    // 27.1.3.1 Iterator ( )
    private static JsValue Construct(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget == null || ReferenceEquals(newTarget, realm.IteratorConstructor))
            JsException.ThrowTypeError("Abstract class Iterator not directly constructable");
        return new JsObject(Library.PrototypeFromConstructor(newTarget, static r => r.IteratorPrototype, realm));
    }

    // 27.1.3.2.1 Iterator.from ( O )
    private static JsValue From(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var record = IteratorRecord.GetFlattenable(realm, Builtin.Arg(args, 0), iterateStrings: true); // Step 1.
        if (Operations.OrdinaryHasInstance(JsValue.FromObject(realm.IteratorConstructor), record.Iterator)) // Steps 2-3.
            return record.Iterator;
        return new JsWrappedIterator(realm.WrapForValidIteratorPrototype, record);          // Steps 4-6.
    }

    // Iterator.concat ( ...items )
    private static JsValue Concat(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var iterables = args.ToArray();
        var methods = new JsObject[args.Length];
        for (int i = 0; i < args.Length; i++)                                                 // Step 2.
        {
            if (!args[i].IsObject) JsException.ThrowTypeError($"Iterator.concat: {Operations.DescribeForError(args[i])} is not an object");
            methods[i] = Operations.GetMethod(args[i], JsSymbol.Iterator)
                ?? JsException.ThrowTypeError<JsObject>($"Iterator.concat: {Operations.DescribeForError(args[i])} is not iterable");
        }
        return new JsIteratorHelper(realm.IteratorHelperPrototype, new ConcatBody(iterables, methods)); // Steps 3-5.
    }
}
