using Aot.Engine.Objects;
using Aot.Runtime.Node;
using Xunit;

namespace Aot.Runtime.Tests.Node;

public class NodeGlobalsTests
{
    [Fact]
    public void GlobalsAreCreatedOnFirstUseAndBecomeDataProperties()
    {
        var realm = new ModuleRealm();
        NodeGlobals.Install(realm.Realm);
        Assert.Equal("function function function function function",
            realm.Eval("[typeof Buffer, typeof TextEncoder, typeof TextDecoder, typeof URL, typeof URLSearchParams].join(' ')"));
        Assert.Equal("true false true", realm.Eval(
            "const d = Object.getOwnPropertyDescriptor(globalThis, 'URL'); [d.writable, d.enumerable, 'value' in d].join(' ')"));
        Assert.Equal("https://a.b/c", realm.Eval("new URL('c', 'https://a.b/x').href"));
    }

    [Fact]
    public void ExistingGlobalsAreKept()
    {
        var realm = new ModuleRealm();
        realm.Eval("globalThis.URL = 42");
        NodeGlobals.Install(realm.Realm);
        Assert.Equal("42", realm.Eval("String(URL)"));
    }

    [Fact]
    public void AssigningAGlobalReplacesIt()
    {
        var realm = new ModuleRealm();
        NodeGlobals.Install(realm.Realm);
        Assert.Equal("mine", realm.Eval("Buffer = 'mine'; Buffer"));
    }

    [Fact]
    public void ModulesAreSharedWithinARealm()
    {
        var realm = new ModuleRealm();
        var a = EventsModule.CreateExports(realm.Realm);
        Assert.Same(a, EventsModule.CreateExports(realm.Realm));
        Assert.NotSame(a, EventsModule.CreateExports(new ModuleRealm().Realm));
    }

    [Fact]
    public void FsErrorsCarryNodesProperties()
    {
        var realm = new ModuleRealm().With("fs", FsModule.CreateExports);
        Assert.Equal("Error|ENOENT: no such file or directory, open '/nonexistent/x'|-2|ENOENT|open|/nonexistent/x|errno,code,syscall,path",
            realm.Eval("try { fs.readFileSync('/nonexistent/x') } catch (e) { [e.name, e.message, e.errno, e.code, e.syscall, e.path, Object.keys(e)].join('|') }"));
    }
}
