using System;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;

namespace Aot.Engine.Builtins;

/// <summary>ECMA-262 §20.2.3 Properties of the Function Prototype Object.</summary>
internal static class FunctionPrototype
{
    private static readonly BuiltinMethod[] Methods =
    [
        new("apply", 2, Apply),
        new("bind", 1, Bind),
        new("call", 1, CallMethod),
        new("toString", 0, ToStringMethod),
        new("[Symbol.hasInstance]", 1, HasInstance, JsSymbol.HasInstance),
    ];

    public static void Install(Realm realm)
    {
        Builtin.DefineMethods(realm, realm.FunctionPrototype, Methods);
        // 10.2.4.1 %ThrowTypeError%, used by 10.2.4 AddRestrictedFunctionProperties(%Function.prototype%) as both
        // getter and setter of `caller` and `arguments`, and by strict arguments objects' `callee`. Legacy
        // extension (as in most engines): read through a sloppy ordinary function it does not throw but gives
        // undefined (callers are not tracked; test262's legacy tests take undefined as "not supported").
        var thrower = new JsNativeFunction(realm, "", 0, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => t.Ref is JsClosure { Code.Flags: var flags } && t.IsObject
               && (flags & (Compiling.CodeFlags.Strict | Compiling.CodeFlags.Arrow | Compiling.CodeFlags.Method | Compiling.CodeFlags.Generator | Compiling.CodeFlags.Async | Compiling.CodeFlags.ClassConstructor)) == 0
                ? JsValue.Undefined
                : JsException.ThrowTypeError<JsValue>("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"));
        thrower.PreventExtensions();
        realm.ThrowTypeError = thrower;
        realm.FunctionPrototype.AddAccessor("caller", thrower, thrower, PropertyFlags.Configurable);
        realm.FunctionPrototype.AddAccessor("arguments", thrower, thrower, PropertyFlags.Configurable);
        // 20.2.3.6 Function.prototype [ @@hasInstance ]: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
        var locked = default(PropertyDescriptor);
        locked.Writable = false;
        locked.Configurable = false;
        realm.FunctionPrototype.DefineOwnProperty(JsSymbol.HasInstance, locked);
    }

    private static JsFunction ThisFunction(in JsValue thisValue, string method)
    {
        if (thisValue.Ref is JsFunction f && thisValue.IsObject) return f;
        return JsException.ThrowTypeError<JsFunction>($"Function.prototype.{method} called on a non-function");
    }

    // 20.2.3.1 Function.prototype.apply ( thisArg, argArray )
    private static JsValue Apply(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var f = ThisFunction(thisValue, "apply");
        var argArray = Builtin.Arg(args, 1);
        if (argArray.IsNullish) return f.Call(Builtin.Arg(args, 0), ReadOnlySpan<JsValue>.Empty);
        return f.Call(Builtin.Arg(args, 0), CreateListFromArrayLike(argArray));
    }

    /// <summary>§7.3.19 CreateListFromArrayLike.</summary>
    internal static JsValue[] CreateListFromArrayLike(in JsValue value)
    {
        if (!value.IsObject) JsException.ThrowTypeError("CreateListFromArrayLike called on non-object");
        var o = value.AsObject();
        long length = (long)Operations.LengthOfArrayLike(o);
        if (length > 10_000_000) JsException.ThrowRangeError("Too many arguments in function call");
        var list = new JsValue[length];
        for (long i = 0; i < length; i++)
            list[i] = o is JsArray a && a.TryGetDense((uint)i, out var v) ? v : o.Get(PropertyKey.FromIndex((uint)i));
        return list;
    }

    // 20.2.3.2 Function.prototype.bind ( thisArg, ...args )
    private static JsValue Bind(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var target = ThisFunction(thisValue, "bind");
        var bound = new JsBoundFunction(realm, target, Builtin.Arg(args, 0), args.Length > 1 ? args[1..].ToArray() : []);
        double length = 0;
        if (target.HasOwnProperty("length"))
        {
            var targetLen = target.Get("length");
            if (targetLen.IsNumber)
            {
                double l = targetLen.Number;
                length = double.IsPositiveInfinity(l) ? l : double.IsNegativeInfinity(l) ? 0 : Math.Max(0, Operations.ToIntegerOrInfinity(targetLen) - Math.Max(0, args.Length - 1));
            }
        }
        bound.AddProperty("length", JsValue.FromNumber(length), PropertyFlags.Configurable);
        var name = target.Get("name");
        bound.AddProperty("name", JsValue.FromString("bound " + (name.IsString ? name.AsString() : "")), PropertyFlags.Configurable);
        return bound;
    }

    // 20.2.3.3 Function.prototype.call ( thisArg, ...args )
    private static JsValue CallMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => ThisFunction(thisValue, "call").Call(Builtin.Arg(args, 0), args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);

    // 20.2.3.5 Function.prototype.toString ( ): the source text of user code, NativeFunction syntax otherwise.
    private static JsValue ToStringMethod(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        var f = ThisFunction(thisValue, "toString");
        if (f is JsClosure c)
        {
            var code = c.Code;
            if (code.SourceText != null) return code.SourceText.Substring(code.SourceStart, code.SourceEnd - code.SourceStart);
            if (c.IsClassConstructor) return "class " + c.DebugName + " { }";
        }
        return "function " + f.DebugName + "() { [native code] }";
    }

    // 20.2.3.6 Function.prototype [ @@hasInstance ] ( V )
    private static JsValue HasInstance(Realm realm, in JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
        => Operations.OrdinaryHasInstance(thisValue, Builtin.Arg(args, 0));
}
