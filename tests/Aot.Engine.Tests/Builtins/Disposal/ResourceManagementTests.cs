using Aot.Engine.Tests.Interpreting;
using Xunit;

namespace Aot.Engine.Tests.Builtins;

/// <summary>Explicit resource management (ES2026): `using` / `await using`, DisposableStack,
/// AsyncDisposableStack, SuppressedError.</summary>
public sealed class ResourceManagementTests
{
    private const string Res = "function res(name) { return { [Symbol.dispose]() { print('dispose ' + name); } }; }\n";

    [Fact]
    public void UsingDisposesInReverseOrderAtBlockEnd()
        => Assert.Equal("body|dispose b|dispose a|after", AsyncTesting.Printed(Res + "{ using a = res('a'), b = res('b'); print('body'); } print('after');"));

    [Fact]
    public void UsingDisposesOnBreakContinueAndReturn()
        => Assert.Equal("dispose 0|dispose 1|dispose r|r",
            AsyncTesting.Printed(Res + "for (let i = 0; i < 3; i++) { using x = res(String(i)); if (i == 0) continue; if (i == 1) break; }"
                + "function f() { using y = res('r'); return 'r'; } print(f());"));

    [Fact]
    public void ForOfUsingDisposesEachIteration()
        => Assert.Equal("x 1|dispose 1|x 2|dispose 2", AsyncTesting.Printed(Res + "let n = 0; for (using x of [res('1'), res('2')]) print('x ' + ++n);"));

    [Fact]
    public void ThrowDuringDisposalAfterThrowIsSuppressedError()
        => Assert.Equal("SuppressedError d b true",
            AsyncTesting.Printed("try { using x = { [Symbol.dispose]() { throw 'd'; } }; throw 'b'; } catch (e) { print(e.name, e.error, e.suppressed, e instanceof SuppressedError); }"));

    [Fact]
    public void NullAndUndefinedAreSkippedNonObjectsThrow()
    {
        Assert.Equal("ok", AsyncTesting.Printed("{ using a = null, b = undefined; } print('ok');"));
        Assert.StartsWith("TypeError:", Js.Throws("{ using a = 1; }"));
        Assert.StartsWith("TypeError:", Js.Throws("{ using a = {}; }"));
    }

    [Fact]
    public void AwaitUsingAwaitsAsyncDispose()
        => Assert.Equal("body|disposing|disposed|after", AsyncTesting.Printed(
            "(async () => { { await using r = { async [Symbol.asyncDispose]() { print('disposing'); await null; print('disposed'); } }; print('body'); } print('after'); })();"));

    [Fact]
    public void DisposableStackDisposesDeferredAndAdopted()
        => Assert.Equal("adopt 7|defer|true|0",
            AsyncTesting.Printed("const s = new DisposableStack(); s.defer(() => print('defer')); s.adopt(7, v => print('adopt ' + v));"
                + "s.dispose(); print(s.disposed); try { s.defer(() => {}); } catch (e) { print(e instanceof ReferenceError ? 0 : 1); }"));

    [Fact]
    public void DisposableStackMoveTransfersResources()
        => Assert.Equal("true|false|moved", AsyncTesting.Printed(
            "const s = new DisposableStack(); s.defer(() => print('moved')); const t = s.move(); print(s.disposed); print(t.disposed); t.dispose(); s.dispose();"));

    [Fact]
    public void AsyncDisposableStackRejectsWithSuppressedError()
        => Assert.Equal("SuppressedError first second",
            AsyncTesting.Printed("const s = new AsyncDisposableStack(); s.defer(() => { throw 'first'; }); s.defer(async () => { throw 'second'; });"
                + "s.disposeAsync().catch(e => print(e.name, e.error, e.suppressed));"));
}
