using System;
using System.Text;
using Aot.Engine.Compiling;
using Aot.Engine.Interpreting;
using Aot.Engine.Objects;
using Aot.Engine.Parsing;
using Aot.Engine.Parsing.Ast;

namespace Aot.Engine.Builtins;

/// <summary>The kinds of function CreateDynamicFunction makes (ECMA-262 §20.2.1.1.1).</summary>
internal enum DynamicFunctionKind { Normal, Generator, Async, AsyncGenerator }

/// <summary>ECMA-262 §20.2.1 The Function Constructor, and CreateDynamicFunction shared with
/// %GeneratorFunction%, %AsyncFunction% and %AsyncGeneratorFunction% (§27.3.1.1, §27.7.1.1, §27.4.1.1).</summary>
internal static class FunctionConstructor
{
    public static JsFunction Create(Realm realm)
        => Builtin.Constructor(realm, "Function", 1, static (Realm r, in JsValue t, ReadOnlySpan<JsValue> a, JsObject? n)
            => JsValue.FromObject(CreateDynamicFunction(r, n, DynamicFunctionKind.Normal, a)), realm.FunctionPrototype);

    /// <summary>§20.2.1.1.1 CreateDynamicFunction: the parameters and the body are converted to strings,
    /// assembled as "function anonymous(P\n) {\nbody\n}", and must parse as exactly that one function
    /// (so neither part can close the other early); the function's scope is the global scope.</summary>
    public static JsFunction CreateDynamicFunction(Realm realm, JsObject? newTarget, DynamicFunctionKind kind, ReadOnlySpan<JsValue> args)
    {
        string prefix = kind switch
        {
            DynamicFunctionKind.Generator => "function*",
            DynamicFunctionKind.Async => "async function",
            DynamicFunctionKind.AsyncGenerator => "async function*",
            _ => "function",
        };
        var parameters = new StringBuilder();
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (i > 0) parameters.Append(',');
            parameters.Append(Operations.ToString(args[i]));
        }
        string body = args.Length == 0 ? "" : Operations.ToString(args[^1]);
        string head = prefix + " anonymous(" + parameters + "\n) ";
        string source = head + "{\n" + body + "\n}";
        Parsing.Ast.Program program;
        try { program = Parser.ParseScript(source); }
        catch (SyntaxError e) { throw new JsException(realm.CreateErrorValue(ErrorKind.SyntaxError, e.Message)); }
        // The parameters must end at our ")" and the body start at our "{": otherwise one part closed the other.
        if (program.Body.Length != 1 || program.Body[0] is not FunctionDeclaration fd || fd.Body.Start != head.Length || fd.Body.End != source.Length
            || (fd.Params.Length > 0 && fd.Params[^1].End > head.Length - 3))
            throw new JsException(realm.CreateErrorValue(ErrorKind.SyntaxError, "Single function literal required"));
        var code = Compiler.CompileDynamicFunction(program, fd, "anonymous");
        var maker = new JsClosure(realm, code, [], realm.FunctionPrototype);
        var function = realm.Vm.Invoke(maker, JsValue.FromObject(realm.GlobalObject), ReadOnlySpan<JsValue>.Empty, null).AsObject();
        if (newTarget != null)
        {
            // §20.2.1.1.1 step 23: GetPrototypeFromConstructor(newTarget, fallbackProto).
            function.SetPrototypeOf(Library.PrototypeFromConstructor(newTarget, kind switch
            {
                DynamicFunctionKind.Generator => static r => r.GeneratorFunctionPrototype,
                DynamicFunctionKind.Async => static r => r.AsyncFunctionPrototype,
                DynamicFunctionKind.AsyncGenerator => static r => r.AsyncGeneratorFunctionPrototype,
                _ => static r => r.FunctionPrototype,
            }, realm));
        }
        return (JsFunction)function;
    }
}
