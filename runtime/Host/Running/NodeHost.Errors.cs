using System;
using System.Text;
using Aot.Engine.Objects;
using Aot.Runtime.Node;
using Aot.Runtime.Web;

namespace Aot.Runtime.Running;

/// <summary>
/// Uncaught exceptions and unhandled rejections, as Node reports them (lib/internal/process/
/// execution.js createOnGlobalUncaughtException, src/node_errors.cc):
/// 'uncaughtException' listeners get (error, origin) and the program goes on; without one,
/// process.exitCode becomes 1, 'exit' is emitted, and stderr shows
/// <code>
/// /abs/file.js:3          (the throw site; a rejection shows where its Error was created)
///   throw new TypeError('bad');
///   ^
///
/// TypeError: bad          (util.inspect of the error: its stack and own enumerable properties)
///     at f (/abs/file.js:3:9)
/// </code>
/// then the process exits with process.exitCode. A throw inside an 'uncaughtException' listener
/// exits with 7. Node's trailing "Node.js v22..." line has no counterpart here.
/// </summary>
public sealed partial class NodeHost
{
    /// <summary>Reports <paramref name="value"/> as uncaught. True when a listener handled it;
    /// otherwise the process ends (a <see cref="ProcessExitException"/> is thrown).</summary>
    internal bool HandleUncaught(JsValue value, bool fromPromise)
    {
        if (fromPromise && !IsError(value)) value = UnhandledRejectionError(value);
        if (!exiting && process != null && ProcessEvents.HasListeners(process, "uncaughtException"))
        {
            try
            {
                var origin = JsValue.FromString(fromPromise ? "unhandledRejection" : "uncaughtException");
                ProcessEvents.Emit(process, "uncaughtException", new[] { value, origin });
            }
            catch (JsException e)
            {
                // Node: a throw inside the handler itself is fatal, with exit code 7 and no 'exit' event.
                exiting = true;
                PrintUncaught(e.GetValue(Realm), fromPromise: false);
                throw new ProcessExitException(7);
            }
            return true;
        }
        if (exiting)
        {
            PrintUncaught(value, fromPromise);
            throw new ProcessExitException(1);
        }
        int code = Exit(1);
        PrintUncaught(value, fromPromise);
        throw new ProcessExitException(code == 0 ? 1 : code);
    }

    private static bool IsError(in JsValue value) => value.Ref is JsError;

    /// <summary>Node's UnhandledPromiseRejection error for a reason that is not an Error (no stack,
    /// so it prints as "[UnhandledPromiseRejection: ...] { code: 'ERR_UNHANDLED_REJECTION' }").</summary>
    private JsValue UnhandledRejectionError(in JsValue reason)
    {
        string text = reason.IsSymbol ? reason.AsSymbol.ToString() : reason.IsObject ? SafeToString(reason) : Operations.ToString(reason);
        var error = Realm.CreateError(ErrorKind.Error,
            "This error originated either by throwing inside of an async function without a catch block, " +
            "or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" + text + "\".");
        error.Delete("stack");
        error.AddProperty("name", JsValue.FromString("UnhandledPromiseRejection"), PropertyFlags.Hidden);
        error.AddProperty("code", JsValue.FromString("ERR_UNHANDLED_REJECTION"), PropertyFlags.Default);
        return JsValue.FromObject(error);
    }

    private static string SafeToString(in JsValue value)
    {
        try { return Operations.ToString(value); }
        catch (JsException) { return Inspector.Inspect(value); }
    }

    /// <summary>Writes the report to stderr (after flushing stdout, so the order is kept).</summary>
    internal void PrintUncaught(in JsValue value, bool fromPromise)
    {
        Stdout.Flush();
        var sb = new StringBuilder();
        bool isError = IsError(value);
        string? arrow = null;
        // A SyntaxError of a loaded file carries Node's "file:line / source / caret" header in its stack.
        if (isError && StackStartsWithLocation(value)) arrow = null;
        else if (!fromPromise && Vm.TryGetLastThrowSite(value, out string name, out int line, out int column)) arrow = Arrow(name, line, column);
        // A rejection (or a throw the VM did not see: a native function called by the host) shows
        // where the error was created, as Node does for rejections.
        else if (isError) arrow = ArrowFromStack(value);
        string body;
        try
        {
            body = isError || !value.IsString ? Inspector.Inspect(value, InspectOptions.ForStream(Stderr)) : value.AsString();
        }
        catch (JsException)
        {
            body = "Uncaught exception";
        }
        if (isError)
        {
            if (arrow != null) sb.Append(arrow).Append('\n');
            sb.Append(body).Append('\n');
        }
        else
        {
            // Node prints a blank line first for thrown non-errors (its message has no stack).
            sb.Append('\n');
            if (arrow != null) sb.Append(arrow);
            sb.Append(body).Append('\n');
        }
        Stderr.Write(sb.ToString());
        Stderr.Flush();
    }

    private static bool StackStartsWithLocation(in JsValue error) =>
        error.AsObject().TryGetOwnFast("stack", out var stack, out var flags) && (flags & PropertyFlags.Accessor) == 0
        && stack.IsString && stack.AsString().StartsWith('/');

    /// <summary>"file:line\nsource line\n   ^\n" when the source is known.</summary>
    private string? Arrow(string sourceName, int line, int column)
    {
        if (!TryGetSource(sourceName, out string source)) return null;
        string? text = SourceLine(source, line);
        if (text == null) return null;
        var caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < text.Length; i++) caret.Append(text[i] == '\t' ? '\t' : ' ');
        caret.Append('^');
        return sourceName + ":" + line + "\n" + text + "\n" + caret + "\n";
    }

    /// <summary>The arrow for the first "at ... (file:line:col)" frame of an error's stack.</summary>
    private string? ArrowFromStack(in JsValue error)
    {
        if (error.Ref is not JsObject o || !o.TryGetOwnFast("stack", out var stack, out var flags) || (flags & PropertyFlags.Accessor) != 0 || !stack.IsString) return null;
        string text = stack.AsString();
        int at = text.IndexOf("\n    at ", StringComparison.Ordinal);
        if (at < 0) return null;
        int end = text.IndexOf('\n', at + 1);
        string frame = (end < 0 ? text[(at + 8)..] : text[(at + 8)..end]).TrimEnd(')');
        int open = frame.LastIndexOf('(');
        if (open >= 0) frame = frame[(open + 1)..];
        int c2 = frame.LastIndexOf(':');
        if (c2 <= 0) return null;
        int c1 = frame.LastIndexOf(':', c2 - 1);
        if (c1 <= 0 || !int.TryParse(frame.AsSpan(c1 + 1, c2 - c1 - 1), out int line) || !int.TryParse(frame.AsSpan(c2 + 1), out int column)) return null;
        return Arrow(frame[..c1], line, column);
    }

    private static string? SourceLine(string source, int line)
    {
        int start = 0;
        for (int l = 1; l < line; l++)
        {
            int next = source.IndexOfAny(LineBreaks, start);
            if (next < 0) return null;
            start = source[next] == '\r' && next + 1 < source.Length && source[next + 1] == '\n' ? next + 2 : next + 1;
        }
        int stop = source.IndexOfAny(LineBreaks, start);
        return stop < 0 ? source[start..] : source[start..stop];
    }

    private static readonly char[] LineBreaks = ['\n', '\r', '\u2028', '\u2029'];
}
